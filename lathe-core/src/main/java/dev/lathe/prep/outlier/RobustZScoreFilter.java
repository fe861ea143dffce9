package dev.lathe.prep.outlier;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.math.Quantiles;
import dev.lathe.param.Check;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.Resampler;
import java.util.Arrays;

/**
 * Removes training rows whose robust z-score |x - median| / (1.4826 MAD) exceeds {@code threshold} in any
 * chosen column, where MAD is the median absolute deviation from the median of that column's training values
 * (1.4826 MAD estimates the standard deviation of normal data; Iglewicz and Hoaglin's modified z-score).
 * Missing values are never outliers. A column whose MAD is 0 (more than half its values equal) is refused,
 * since every other value would count as an outlier. Used while fitting only: prediction rows are never
 * removed.
 *
 * @param columns   columns to check (default: every numeric column)
 * @param threshold largest robust z-score a value may have and stay (default 3.5; greater than 0)
 */
public record RobustZScoreFilter(ColumnSelector columns, double threshold) implements Resampler {

    /** Name in messages. */
    public static final String NAME = "robust_z_score_filter";
    /** 1 / Φ⁻¹(3/4): turns the MAD into a consistent estimate of a normal standard deviation. */
    private static final double NORMAL_SCALE = 1.4826;

    public RobustZScoreFilter {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
        Check.positive("threshold", threshold);
    }

    /** Robust z-scores above 3.5 on every numeric column. */
    public RobustZScoreFilter() {
        this(ColumnSelector.types(ColumnType.NUMERIC), 3.5);
    }

    @Override
    public Resampled resample(Frame data, Column target) {
        return OutlierRows.drop(data, target, columns, NAME, (name, sorted) -> {
            double median = Quantiles.ofSorted(sorted, sorted.length, 0.5);
            double[] deviations = new double[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                deviations[i] = Math.abs(sorted[i] - median);
            }
            Arrays.sort(deviations);
            double mad = Quantiles.ofSorted(deviations, deviations.length, 0.5);
            if (mad == 0) {
                throw new IllegalArgumentException(NAME + " cannot score column '" + name + "': its median absolute "
                        + "deviation is 0 (more than half its values equal " + median + "); leave it out or use "
                        + "iqr_filter or z_score_filter");
            }
            return x -> Math.abs(x - median) / (NORMAL_SCALE * mad) > threshold;
        });
    }
}
