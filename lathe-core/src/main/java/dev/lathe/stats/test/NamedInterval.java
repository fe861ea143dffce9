package dev.lathe.stats.test;

/**
 * A named quantity with its confidence interval: the estimate a test is about (a difference of means, a
 * proportion, an odds ratio) or an effect size (Cohen's d, Cramer's V).
 *
 * @param name       what the value is, e.g. {@code "difference in means"} or {@code "cohen_d"}
 * @param value      the point estimate
 * @param low        the interval's lower end (may be -infinity for a one-sided interval; NaN when none)
 * @param high       the interval's upper end (may be +infinity for a one-sided interval; NaN when none)
 * @param confidence the interval's confidence level in (0, 1), e.g. 0.95; NaN when there is no interval
 */
public record NamedInterval(String name, double value, double low, double high, double confidence) {

    /** Checks the name and that an interval, when given, is ordered and has a level in (0, 1). */
    public NamedInterval {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an interval needs a name");
        }
        if (!Double.isNaN(low) && !Double.isNaN(high) && low > high) {
            throw new IllegalArgumentException("interval for " + name + " has low " + low + " above high " + high);
        }
        if (!Double.isNaN(confidence) && !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence for " + name + " must be in (0, 1), got " + confidence);
        }
    }

    /** A value without an interval. */
    public static NamedInterval point(String name, double value) {
        return new NamedInterval(name, value, Double.NaN, Double.NaN, Double.NaN);
    }

    /** Whether an interval was computed. */
    public boolean hasInterval() {
        return !Double.isNaN(low) || !Double.isNaN(high);
    }
}
