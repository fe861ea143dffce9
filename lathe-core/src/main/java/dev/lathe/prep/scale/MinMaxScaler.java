package dev.lathe.prep.scale;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.InvertibleTransformer;
import dev.lathe.prep.NumericColumns;
import dev.lathe.prep.ObservedValues;
import dev.lathe.prep.Transformer;
import java.util.List;

/**
 * Min-max scaling, as scikit-learn's MinMaxScaler: each column's training minimum maps to the low end of
 * {@code feature_range} and its maximum to the high end, by (x - min) * scale + low (scikit-learn computes
 * x * scale + offset, which loses digits when the minimum is far from 0). Missing values are ignored when
 * fitting and stay missing. A constant column maps to the low end.
 *
 * @param columns      columns to scale (default: every numeric column)
 * @param featureRange {@code feature_range}: the (low, high) output range, low < high, both finite
 *                     (default (0, 1))
 * @param clip         clip outputs to {@code feature_range}, for new values beyond the training range
 *                     (default false)
 */
public record MinMaxScaler(ColumnSelector columns, List<Double> featureRange, boolean clip) implements Transformer {

    public MinMaxScaler {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
        featureRange = Ranges.ordered("feature_range", featureRange, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY);
    }

    /** Scales every numeric column to [0, 1], without clipping. */
    public MinMaxScaler() {
        this(ColumnSelector.types(ColumnType.NUMERIC), List.of(0.0, 1.0), false);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        List<String> names = columns.select(data);
        double low = featureRange.get(0);
        double high = featureRange.get(1);
        double[] mins = new double[names.size()];
        double[] scales = new double[names.size()];
        for (int j = 0; j < names.size(); j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : ObservedValues.of(data, names.get(j), Fitted.TYPE)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            mins[j] = min;
            scales[j] = (high - low) / Affine.nonZero(max - min);
        }
        return new Fitted(names, mins, scales, low, high, clip);
    }

    /**
     * Learned training minimums and scales, one per column (scikit-learn's {@code data_min_} and
     * {@code scale_}), and the output range (low, high) with the clipping choice.
     */
    public record Fitted(List<String> columns, double[] mins, double[] scales, double low, double high,
                         boolean clip) implements InvertibleTransformer {
        /** Type name in model files. */
        public static final String TYPE = "min_max_scaler";

        public Fitted {
            columns = List.copyOf(columns);
        }

        @Override
        public Frame transform(Frame data) {
            return NumericColumns.replace(data, columns, TYPE, (j, v) -> {
                double[] out = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    double y = (v[i] - mins[j]) * scales[j] + low;
                    out[i] = clip ? Math.min(Math.max(y, low), high) : y;
                }
                return out;
            });
        }

        /** Maps outputs back to the original units; a clipped value comes back as the training minimum or maximum. */
        @Override
        public Frame inverse(Frame data) {
            return NumericColumns.replace(data, columns, TYPE, (j, v) -> {
                double[] out = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    out[i] = (v[i] - low) / scales[j] + mins[j];
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
            out.doubles("mins", mins);
            out.doubles("scales", scales);
            out.doubles("feature_range", new double[] {low, high});
            out.put("clip", clip);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            List<String> columns = in.getStrings("columns");
            double[] range = in.doubles("feature_range", 2);
            return new Fitted(columns, in.doubles("mins", columns.size()), in.doubles("scales", columns.size()),
                    range[0], range[1], in.getBoolean("clip"));
        }
    }
}
