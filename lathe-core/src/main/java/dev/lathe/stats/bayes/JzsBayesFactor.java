package dev.lathe.stats.bayes;

import dev.lathe.math.Integration;

/**
 * The JZS Bayes factor for t-tests (Rouder, Speckman, Sun, Morey and Iverson, 2009): the alternative puts a
 * Cauchy prior of scale r on the standardised effect size delta, the null puts delta = 0, and BF10 is the ratio
 * of the marginal likelihoods of the observed t. Computed by integrating over the Cauchy's mixing variance g on a
 * log scale (Simpson's rule, 20,000 panels), as in the paper's equation 1 generalised to scale r.
 */
public final class JzsBayesFactor {

    /** The default prior scale, sqrt(2) / 2 ("medium" in the BayesFactor R package). */
    public static final double MEDIUM = Math.sqrt(2) / 2;

    private static final int PANELS = 20_000;
    private static final double BELOW = 10;
    private static final double ABOVE = 60;

    private JzsBayesFactor() {
    }

    /**
     * BF10 of a one-sample or paired t statistic.
     *
     * @param t the t statistic, finite
     * @param n the number of observations (pairs), at least 2
     * @param r the Cauchy prior scale, positive ({@link #MEDIUM} by default)
     */
    public static double oneSample(double t, int n, double r) {
        if (n < 2) {
            throw new IllegalArgumentException("a one-sample Bayes factor needs at least 2 observations, got " + n);
        }
        return bf10(t, n, n - 1, r);
    }

    /**
     * BF10 of a two-sample (pooled variance) t statistic: effective sample size n1 n2 / (n1 + n2) and
     * n1 + n2 - 2 degrees of freedom.
     *
     * @param t  the t statistic, finite
     * @param n1 the first group's size, at least 1
     * @param n2 the second group's size, at least 1, with n1 + n2 at least 3
     * @param r  the Cauchy prior scale, positive
     */
    public static double twoSample(double t, int n1, int n2, double r) {
        if (n1 < 1 || n2 < 1 || n1 + n2 < 3) {
            throw new IllegalArgumentException("a two-sample Bayes factor needs groups of at least 1 and 3 "
                    + "observations in all, got " + n1 + " and " + n2);
        }
        return bf10(t, (double) n1 * n2 / (n1 + n2), n1 + n2 - 2, r);
    }

    private static double bf10(double t, double n, double df, double r) {
        if (!Double.isFinite(t)) {
            throw new IllegalArgumentException("t statistic must be finite, got " + t);
        }
        if (!(r > 0 && Double.isFinite(r))) {
            throw new IllegalArgumentException("prior scale r must be positive and finite, got " + r);
        }
        double logNull = -(df + 1) / 2 * Math.log1p(t * t / df);
        double center = 2 * Math.log(r);
        double logConstant = Math.log(r) - 0.5 * Math.log(2 * Math.PI) - logNull;
        return Integration.simpson(u -> {
            double g = Math.exp(u);
            double ng = n * g;
            double log = -0.5 * Math.log1p(ng) - (df + 1) / 2 * Math.log1p(t * t / ((1 + ng) * df))
                    - 0.5 * u - r * r / (2 * g) + logConstant;
            return Math.exp(log);
        }, center - BELOW, center + ABOVE, PANELS);
    }
}
