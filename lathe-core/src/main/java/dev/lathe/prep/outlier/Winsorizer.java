package dev.lathe.prep.outlier;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.math.Quantiles;
import dev.lathe.param.Check;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnChecks;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.FittedTransformer;
import dev.lathe.prep.NumericColumns;
import dev.lathe.prep.Transformer;
import java.util.List;

/**
 * Winsorizing: clips each column to the range between two quantiles of its training values (linear
 * interpolation, as pandas {@code Series.quantile}); new data is clipped at the same, training, bounds.
 * Missing values stay missing. Unlike the outlier filters it keeps every row, at training and prediction.
 *
 * @param columns       columns to clip (default: every numeric column)
 * @param lowerQuantile quantile of the lower bound (default 0.01; in [0, 1], below {@code upper_quantile})
 * @param upperQuantile quantile of the upper bound (default 0.99; in [0, 1])
 */
public record Winsorizer(ColumnSelector columns, double lowerQuantile, double upperQuantile) implements Transformer {

    public Winsorizer {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
        Check.inRange("lower_quantile", lowerQuantile, 0, 1);
        Check.inRange("upper_quantile", upperQuantile, 0, 1);
        if (lowerQuantile >= upperQuantile) {
            throw new IllegalArgumentException("lower_quantile must be below upper_quantile, got " + lowerQuantile
                    + " and " + upperQuantile);
        }
    }

    /** Clips every numeric column to its training 1% and 99% quantiles. */
    public Winsorizer() {
        this(0.01, 0.99);
    }

    /** Clips every numeric column to its training quantiles {@code lowerQuantile} and {@code upperQuantile}. */
    public Winsorizer(double lowerQuantile, double upperQuantile) {
        this(ColumnSelector.types(ColumnType.NUMERIC), lowerQuantile, upperQuantile);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        ColumnChecks.requireRows(data, Fitted.TYPE);
        List<String> names = columns.select(data);
        double[] lower = new double[names.size()];
        double[] upper = new double[names.size()];
        for (int j = 0; j < names.size(); j++) {
            double[] sorted = Quantiles.sortedWithoutNaN(NumericColumns.values(data, names.get(j), Fitted.TYPE));
            ColumnChecks.requireValues(data.column(names.get(j)), Fitted.TYPE);
            lower[j] = Quantiles.ofSorted(sorted, sorted.length, lowerQuantile);
            upper[j] = Quantiles.ofSorted(sorted, sorted.length, upperQuantile);
        }
        return new Fitted(names, lower, upper);
    }

    /**
     * The learned bounds, one pair per column.
     *
     * @param columns the clipped columns
     * @param lower   each column's lower bound
     * @param upper   each column's upper bound
     */
    public record Fitted(List<String> columns, double[] lower, double[] upper) implements FittedTransformer {
        /** Type name in model files. */
        public static final String TYPE = "winsorizer";

        public Fitted {
            columns = List.copyOf(columns);
        }

        @Override
        public Frame transform(Frame data) {
            return NumericColumns.replace(data, columns, TYPE, (j, v) -> {
                double[] out = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    out[i] = Math.min(Math.max(v[i], lower[j]), upper[j]);
                }
                return out;
            });
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("columns", columns);
            out.doubles("lower", lower);
            out.doubles("upper", upper);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            Fitted f = new Fitted(in.getStrings("columns"), in.doubles("lower"), in.doubles("upper"));
            if (f.lower.length != f.columns.size() || f.upper.length != f.columns.size()) {
                throw in.fail("has " + f.columns.size() + " columns but " + f.lower.length + " lower and "
                        + f.upper.length + " upper bounds");
            }
            for (int j = 0; j < f.lower.length; j++) {
                if (!(f.lower[j] <= f.upper[j])) {
                    throw in.fail("has bounds [" + f.lower[j] + ", " + f.upper[j] + "] for column '"
                            + f.columns.get(j) + "'");
                }
            }
            return f;
        }
    }
}
