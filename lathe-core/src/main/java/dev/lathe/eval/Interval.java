package dev.lathe.eval;

/**
 * A confidence interval of a statistic from a bootstrap ({@link Bootstrap}).
 *
 * @param lower   the lower bound; NaN when the statistic was defined in no resample
 * @param upper   the upper bound; NaN when the statistic was defined in no resample
 * @param defined the resamples in which the statistic was defined (a ROC AUC is not where a resample drew one
 *                class only); the bounds come from these alone
 */
public record Interval(double lower, double upper, int defined) {

    /** Whether {@code value} lies within the bounds (inclusive). */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
