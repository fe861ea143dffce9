package dev.lathe.prep.impute;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.math.Moments;
import dev.lathe.math.Quantiles;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnChecks;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.FittedTransformer;
import dev.lathe.prep.NumericColumns;
import dev.lathe.prep.Transformer;
import java.util.List;

/**
 * Fills missing numeric values with one value per column learned from the training rows (as scikit-learn's
 * SimpleImputer on numbers): their mean, their median, their most frequent value (ties go to the
 * smallest), or a constant. New data is filled with the training statistics, never its own.
 *
 * @param columns      columns to fill (default: every numeric column)
 * @param strategy     {@code mean} (default), {@code median}, {@code most_frequent} or {@code constant}
 * @param fillValue    the value used by {@code constant} (default 0; any finite number); ignored otherwise
 * @param addIndicator also append a 0/1 column {@code <col>_missing} for each column that had missing values
 *                     in training (default false); see {@link MissingIndicator}
 */
public record NumericImputer(ColumnSelector columns, Strategy strategy, double fillValue, boolean addIndicator)
        implements Transformer {

    /** What a column's missing values are replaced with. */
    public enum Strategy { MEAN, MEDIAN, MOST_FREQUENT, CONSTANT }

    public NumericImputer {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
        if (strategy == null) {
            throw new IllegalArgumentException("strategy must be mean, median, most_frequent or constant");
        }
        if (!Double.isFinite(fillValue)) {
            throw new IllegalArgumentException("fill_value must be a finite number, got " + fillValue);
        }
    }

    /** Fills every numeric column with its training mean. */
    public NumericImputer() {
        this(Strategy.MEAN);
    }

    /** Fills every numeric column by {@code strategy} ({@code constant} fills 0), without indicators. */
    public NumericImputer(Strategy strategy) {
        this(ColumnSelector.types(ColumnType.NUMERIC), strategy, 0, false);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        ColumnChecks.requireRows(data, Fitted.TYPE);
        List<String> names = columns.select(data);
        double[] fills = new double[names.size()];
        for (int j = 0; j < names.size(); j++) {
            double[] v = NumericColumns.values(data, names.get(j), Fitted.TYPE);
            if (strategy != Strategy.CONSTANT) {
                ColumnChecks.requireValues(data.column(names.get(j)), Fitted.TYPE);
            }
            fills[j] = switch (strategy) {
                case MEAN -> Moments.of(v).mean();
                case MEDIAN -> {
                    double[] sorted = Quantiles.sortedWithoutNaN(v);
                    yield Quantiles.ofSorted(sorted, sorted.length, 0.5);
                }
                case MOST_FREQUENT -> mostFrequent(Quantiles.sortedWithoutNaN(v));
                case CONSTANT -> fillValue;
            };
        }
        List<String> indicators = addIndicator ? MissingIndicator.learn(data, names, Fitted.TYPE) : List.of();
        return new Fitted(names, fills, indicators);
    }

    /** The most frequent of ascending values; among equally frequent values, the smallest. */
    private static double mostFrequent(double[] sorted) {
        double best = sorted[0];
        int bestCount = 0;
        for (int start = 0; start < sorted.length; ) {
            int end = start;
            while (end < sorted.length && sorted[end] == sorted[start]) {
                end++;
            }
            if (end - start > bestCount) {
                best = sorted[start];
                bestCount = end - start;
            }
            start = end;
        }
        return best;
    }

    /**
     * Learned fill values, one per column.
     *
     * @param columns    the filled columns
     * @param fills      the value that replaces a missing value, per column
     * @param indicators the columns that get a {@code <col>_missing} indicator
     */
    public record Fitted(List<String> columns, double[] fills, List<String> indicators) implements FittedTransformer {
        /** Type name in model files. */
        public static final String TYPE = "numeric_imputer";

        public Fitted {
            columns = List.copyOf(columns);
            indicators = List.copyOf(indicators);
        }

        @Override
        public Frame transform(Frame data) {
            Frame filled = NumericColumns.replace(data, columns, TYPE, (j, v) -> {
                double[] out = v.clone();
                for (int i = 0; i < out.length; i++) {
                    if (Double.isNaN(out[i])) {
                        out[i] = fills[j];
                    }
                }
                return out;
            });
            return MissingIndicator.append(data, filled, indicators, TYPE);
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("columns", columns);
            out.doubles("fills", fills);
            MissingIndicator.saveIndicators(out, indicators);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            List<String> columns = in.getStrings("columns");
            double[] fills = in.doubles("fills");
            if (fills.length != columns.size()) {
                throw in.fail("has " + columns.size() + " columns but " + fills.length + " fill values");
            }
            for (int j = 0; j < fills.length; j++) {
                if (Double.isNaN(fills[j])) {
                    throw in.fail("has no fill value for column '" + columns.get(j) + "'");
                }
            }
            return new Fitted(columns, fills, MissingIndicator.loadIndicators(in, columns));
        }
    }
}
