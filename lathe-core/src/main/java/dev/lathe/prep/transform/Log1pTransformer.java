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
 * ln(1 + x) of each value, for data above -1 (counts, amounts with zeros), accurate for small x; the
 * inverse is e^y - 1. Nothing is learned: fitting checks the columns. A value not greater than -1, when
 * fitting or transforming, fails with a message naming the column, row and value. Missing values stay
 * missing.
 *
 * @param columns columns to transform (default: every numeric column)
 */
public record Log1pTransformer(ColumnSelector columns) implements Transformer {

    public Log1pTransformer {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
    }

    /** Transforms every numeric column. */
    public Log1pTransformer() {
        this(ColumnSelector.types(ColumnType.NUMERIC));
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        List<String> names = columns.select(data);
        for (String name : names) {
            Logarithm.LOG1P.check(NumericColumns.values(data, name, Fitted.TYPE), Fitted.TYPE, name);
        }
        return new Fitted(names);
    }

    /** The columns to transform. */
    public record Fitted(List<String> columns) implements InvertibleTransformer {
        /** Type name in model files. */
        public static final String TYPE = "log1p_transformer";

        public Fitted {
            columns = List.copyOf(columns);
        }

        @Override
        public Frame transform(Frame data) {
            return Logarithm.LOG1P.forward(data, columns, TYPE);
        }

        /** Maps values back by e^y - 1. */
        @Override
        public Frame inverse(Frame data) {
            return Logarithm.LOG1P.inverse(data, columns, TYPE);
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("columns", columns);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            return new Fitted(in.getStrings("columns"));
        }
    }
}
