package dev.lathe.prep.outlier;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.math.Moments;
import dev.lathe.param.Check;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.Resampler;

/**
 * Removes training rows whose z-score |x - mean| / sd exceeds {@code threshold} in any chosen column, with the
 * mean and the population standard deviation (divisor n, as {@code scipy.stats.zscore}) of that column's
 * training values. Missing values are never outliers; a constant column has none. Used while fitting only:
 * prediction rows are never removed.
 *
 * @param columns   columns to check (default: every numeric column)
 * @param threshold largest z-score a value may have and stay (default 3; greater than 0)
 */
public record ZScoreFilter(ColumnSelector columns, double threshold) implements Resampler {

    /** Name in messages. */
    public static final String NAME = "z_score_filter";

    public ZScoreFilter {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
        Check.positive("threshold", threshold);
    }

    /** z-scores above 3 on every numeric column. */
    public ZScoreFilter() {
        this(ColumnSelector.types(ColumnType.NUMERIC), 3);
    }

    @Override
    public Resampled resample(Frame data, Column target) {
        return OutlierRows.drop(data, target, columns, NAME, (name, sorted) -> {
            Moments m = Moments.of(sorted);
            double n = m.count();
            double sd = n > 1 ? Math.sqrt(m.variance() * (n - 1) / n) : 0;
            double mean = m.mean();
            return x -> sd > 0 && Math.abs(x - mean) / sd > threshold;
        });
    }
}
