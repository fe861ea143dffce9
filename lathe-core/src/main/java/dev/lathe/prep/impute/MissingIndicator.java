package dev.lathe.prep.impute;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnChecks;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.FittedTransformer;
import dev.lathe.prep.Transformer;
import java.util.ArrayList;
import java.util.List;

/**
 * Missing-value indicators: for every selected column that had missing values in the training rows, a
 * numeric column {@code <col>_missing} holding 1 where the value is missing and 0 elsewhere, appended
 * after the other columns (as scikit-learn's MissingIndicator with {@code features="missing-only"}, but
 * added to the data instead of replacing it). A column with no missing value in training gets no
 * indicator, even if new data lacks values there. The imputers' {@code add_indicator} option uses it.
 *
 * @param columns columns to watch (default: every column)
 */
public record MissingIndicator(ColumnSelector columns) implements Transformer {

    /** Suffix of the indicator columns' names. */
    public static final String SUFFIX = "_missing";

    public MissingIndicator {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
    }

    /** Indicators for every column of the data that has missing values in training. */
    public MissingIndicator() {
        this(ColumnSelector.types(ColumnType.values()));
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        ColumnChecks.requireRows(data, Fitted.TYPE);
        return new Fitted(learn(data, columns.select(data), Fitted.TYPE));
    }

    /**
     * The columns among {@code names} that have missing values in {@code data}, checking that their indicator
     * names are free.
     */
    static List<String> learn(Frame data, List<String> names, String step) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            if (ColumnChecks.column(data, name, step).missingCount() > 0) {
                out.add(name);
            }
        }
        checkFree(data, out, step);
        return out;
    }

    /**
     * {@code output} with an indicator column appended for each of {@code indicated}, read from the
     * {@code input} rows (before any imputation).
     */
    static Frame append(Frame input, Frame output, List<String> indicated, String step) {
        checkFree(output, indicated, step);
        Frame out = output;
        for (String name : indicated) {
            Column c = ColumnChecks.column(input, name, step);
            double[] flags = new double[c.size()];
            for (int i = 0; i < flags.length; i++) {
                flags[i] = c.isMissing(i) ? 1 : 0;
            }
            out = out.withColumn(NumericColumn.wrap(name + SUFFIX, flags));
        }
        return out;
    }

    /** Saves an imputer's list of indicated columns. */
    static void saveIndicators(StepWriter out, List<String> indicated) {
        out.put("indicators", indicated);
    }

    /** An imputer's saved list of indicated columns, which must all be among its {@code columns}. */
    static List<String> loadIndicators(StepReader in, List<String> columns) {
        List<String> indicated = in.getStrings("indicators");
        for (String name : indicated) {
            if (!columns.contains(name)) {
                throw in.fail("has an indicator for column '" + name + "', which is not among its columns " + columns);
            }
        }
        return indicated;
    }

    private static void checkFree(Frame data, List<String> indicated, String step) {
        for (String name : indicated) {
            if (data.has(name + SUFFIX)) {
                throw new IllegalArgumentException(step + " adds indicator column '" + name + SUFFIX
                        + "', but the data already has a column of that name");
            }
        }
    }

    /**
     * The columns that had missing values in training.
     *
     * @param indicators the watched columns, in order
     */
    public record Fitted(List<String> indicators) implements FittedTransformer {
        /** Type name in model files. */
        public static final String TYPE = "missing_indicator";

        public Fitted {
            indicators = List.copyOf(indicators);
        }

        @Override
        public Frame transform(Frame data) {
            return append(data, data, indicators, TYPE);
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            saveIndicators(out, indicators);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            return new Fitted(in.getStrings("indicators"));
        }
    }
}
