package dev.lathe.prep.scale;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import org.apache.commons.statistics.distribution.NormalDistribution;
import dev.lathe.math.Quantiles;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.InvertibleTransformer;
import dev.lathe.prep.ObservedValues;
import dev.lathe.prep.Transformer;
import java.util.Arrays;
import java.util.List;

/**
 * Scaling that outliers barely move, as scikit-learn's RobustScaler: (x - median) / (Q(high) - Q(low)),
 * with the median and the quantiles (linear interpolation, as NumPy's percentile) learned on training rows,
 * missing values ignored and kept. A column whose quantile range is 0 gets scale 1.
 *
 * @param columns       columns to scale (default: every numeric column)
 * @param withCentering {@code with_centering}: subtract the median (default true)
 * @param withScaling   {@code with_scaling}: divide by the quantile range (default true)
 * @param quantileRange {@code quantile_range}: the (low, high) percentiles whose distance is the scale,
 *                      0 <= low < high <= 100 (default (25, 75), the interquartile range)
 * @param unitVariance  {@code unit_variance}: also divide the scale by the same distance for a standard
 *                      normal, so normal data ends with variance 1; needs 0 < low and high < 100
 *                      (default false)
 */
public record RobustScaler(ColumnSelector columns, boolean withCentering, boolean withScaling,
                           List<Double> quantileRange, boolean unitVariance) implements Transformer {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    public RobustScaler {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
        quantileRange = Ranges.ordered("quantile_range", quantileRange, 0, 100);
        if (unitVariance && (quantileRange.get(0) == 0 || quantileRange.get(1) == 100)) {
            throw new IllegalArgumentException("unit_variance needs quantile_range strictly inside (0, 100), got "
                    + quantileRange);
        }
    }

    /** Centres every numeric column on its median and divides by its interquartile range. */
    public RobustScaler() {
        this(ColumnSelector.types(ColumnType.NUMERIC), true, true, List.of(25.0, 75.0), false);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        List<String> names = columns.select(data);
        double low = quantileRange.get(0) / 100;
        double high = quantileRange.get(1) / 100;
        double normalRange = unitVariance ? STANDARD_NORMAL.inverseCumulativeProbability(high) - STANDARD_NORMAL.inverseCumulativeProbability(low) : 1;
        double[] centers = new double[names.size()];
        double[] scales = new double[names.size()];
        for (int j = 0; j < names.size(); j++) {
            double[] sorted = ObservedValues.of(data, names.get(j), Fitted.TYPE);
            Arrays.sort(sorted);
            int n = sorted.length;
            centers[j] = withCentering ? Quantiles.ofSorted(sorted, n, 0.5) : 0;
            double range = Quantiles.ofSorted(sorted, n, high) - Quantiles.ofSorted(sorted, n, low);
            scales[j] = withScaling ? Affine.nonZero(range) / normalRange : 1;
        }
        return new Fitted(names, centers, scales);
    }

    /** Learned centres (medians, or 0) and scales (quantile ranges, or 1), one per column. */
    public record Fitted(List<String> columns, double[] centers, double[] scales) implements InvertibleTransformer {
        /** Type name in model files. */
        public static final String TYPE = "robust_scaler";

        public Fitted {
            columns = List.copyOf(columns);
        }

        @Override
        public Frame transform(Frame data) {
            return Affine.forward(data, columns, TYPE, centers, scales);
        }

        @Override
        public Frame inverse(Frame data) {
            return Affine.backward(data, columns, TYPE, centers, scales);
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("columns", columns);
            out.doubles("centers", centers);
            out.doubles("scales", scales);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            List<String> columns = in.getStrings("columns");
            return new Fitted(columns, in.doubles("centers", columns.size()), in.doubles("scales", columns.size()));
        }
    }
}
