package dev.lathe.prep.scale;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.math.Moments;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.InvertibleTransformer;
import dev.lathe.prep.NumericColumns;
import dev.lathe.prep.Transformer;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.List;

/**
 * Standard scaling: (x - mean) / sd per column, with the mean and the population standard deviation
 * (divisor n, as scikit-learn's StandardScaler) learned on training rows, missing values ignored and
 * kept. A constant column gets scale 1.
 *
 * @param columns  columns to scale (default: every numeric column)
 * @param withMean subtract the mean (default true)
 * @param withStd  divide by the standard deviation (default true)
 */
public record StandardScaler(ColumnSelector columns, boolean withMean, boolean withStd) implements Transformer {

    public StandardScaler {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
    }

    /** Scales every numeric column to mean 0 and standard deviation 1. */
    public StandardScaler() {
        this(ColumnSelector.types(ColumnType.NUMERIC), true, true);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        List<String> names = columns.select(data);
        double[] means = new double[names.size()];
        double[] scales = new double[names.size()];
        for (int j = 0; j < names.size(); j++) {
            Moments m = Moments.of(NumericColumns.values(data, names.get(j), Fitted.TYPE));
            double n = m.count();
            double sd = n > 1 ? Math.sqrt(m.variance() * (n - 1) / n) : 0;
            means[j] = withMean ? m.mean() : 0;
            scales[j] = withStd && sd > 0 ? sd : 1;
        }
        return new Fitted(names, means, scales);
    }

    /** Learned means and scales, one per column. */
    public record Fitted(List<String> columns, double[] means, double[] scales) implements InvertibleTransformer {
        /** Type name in model files. */
        public static final String TYPE = "standard_scaler";

        public Fitted {
            columns = List.copyOf(columns);
        }

        @Override
        public Frame transform(Frame data) {
            return Affine.forward(data, columns, TYPE, means, scales);
        }

        @Override
        public Frame inverse(Frame data) {
            return Affine.backward(data, columns, TYPE, means, scales);
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("columns", columns);
            out.doubles("means", means);
            out.doubles("scales", scales);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            List<String> columns = in.getStrings("columns");
            return new Fitted(columns, in.doubles("means", columns.size()), in.doubles("scales", columns.size()));
        }
    }
}
