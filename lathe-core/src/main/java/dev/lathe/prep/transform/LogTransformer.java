package dev.lathe.prep.transform;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.InvertibleTransformer;
import dev.lathe.prep.NumericColumns;
import dev.lathe.prep.Transformer;
import java.util.List;

/**
 * A logarithm of each value: ln x for strictly positive data (inverse e^y), or ln(1 + x) for data above -1
 * (inverse e^y - 1), by the {@code function} hyperparameter. Nothing is learned: fitting checks the
 * columns. A value outside the domain, when fitting or transforming, fails with a message naming the
 * column, row and value. Missing values stay missing.
 *
 * @param columns  columns to transform (default: every numeric column)
 * @param function {@code log} (default) or {@code log1p}
 */
public record LogTransformer(ColumnSelector columns, Logarithm function) implements Transformer {

    public LogTransformer {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
        if (function == null) {
            throw new IllegalArgumentException("function must be log or log1p");
        }
    }

    /** ln x of every numeric column. */
    public LogTransformer() {
        this(ColumnSelector.types(ColumnType.NUMERIC));
    }

    /** ln x of the selected columns. */
    public LogTransformer(ColumnSelector columns) {
        this(columns, Logarithm.LOG);
    }

    /** ln(1 + x) of every numeric column. */
    public static LogTransformer log1p() {
        return log1p(ColumnSelector.types(ColumnType.NUMERIC));
    }

    /** ln(1 + x) of the selected columns. */
    public static LogTransformer log1p(ColumnSelector columns) {
        return new LogTransformer(columns, Logarithm.LOG1P);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        List<String> names = columns.select(data);
        for (String name : names) {
            function.check(NumericColumns.values(data, name, function.step()), function.step(), name);
        }
        return new Fitted(names, function);
    }

    /** The columns to transform and the logarithm. */
    public record Fitted(List<String> columns, Logarithm function) implements InvertibleTransformer {
        /** Type name in model files. */
        public static final String TYPE = "log_transformer";

        public Fitted {
            columns = List.copyOf(columns);
        }

        @Override
        public Frame transform(Frame data) {
            return function.forward(data, columns, function.step());
        }

        /** Maps values back by the exponential (minus one for log1p). */
        @Override
        public Frame inverse(Frame data) {
            return function.inverse(data, columns, function.step());
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("columns", columns);
            out.put("function", function.name().toLowerCase(java.util.Locale.ROOT));
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            String function = in.getString("function");
            for (Logarithm f : Logarithm.values()) {
                if (f.name().equalsIgnoreCase(function)) {
                    return new Fitted(in.getStrings("columns"), f);
                }
            }
            throw in.fail("has unknown function '" + function + "'");
        }
    }
}
