package dev.lathe.stats.distribution;

import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.gamma.RegularizedBeta;

/**
 * The noncentral F distribution F(d1, d2, lambda): the ratio of a noncentral chi-square (noncentrality
 * lambda) over d1 and a central chi-square over d2. Its distribution function is the Poisson(lambda / 2)
 * mixture of regularized incomplete beta functions I_x(d1/2 + j, d2/2) with x = d1 f / (d1 f + d2), summed
 * outward from the Poisson mode until the remaining weight is below 1e-17; one incomplete beta is evaluated,
 * at the mode, and the others follow from it by the recurrence in the first parameter (as R's {@code pnbeta});
 * each is evaluated directly when the recurrence's first term leaves the range of normal doubles. Used to invert an F test into a
 * confidence interval for its noncentrality (and so for eta squared).
 */
public final class NoncentralF {

    private static final double NEGLIGIBLE = 1e-17;

    private final double d1;
    private final double d2;
    private final double lambda;

    private NoncentralF(double d1, double d2, double lambda) {
        this.d1 = d1;
        this.d2 = d2;
        this.lambda = lambda;
    }

    /**
     * The distribution with the given degrees of freedom and noncentrality.
     *
     * @param d1     numerator degrees of freedom, > 0
     * @param d2     denominator degrees of freedom, > 0
     * @param lambda noncentrality, >= 0 (0 is the central F)
     */
    public static NoncentralF of(double d1, double d2, double lambda) {
        if (!(d1 > 0 && d2 > 0 && d1 < Double.POSITIVE_INFINITY && d2 < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("noncentral F needs finite degrees of freedom > 0, got " + d1 + " and " + d2);
        }
        if (!(lambda >= 0 && lambda < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("noncentral F needs a finite noncentrality >= 0, got " + lambda);
        }
        return new NoncentralF(d1, d2, lambda);
    }

    /** P(F <= f); 0 for f <= 0. */
    public double cumulativeProbability(double f) {
        if (f <= 0) {
            return 0;
        }
        double x = d1 * f / (d1 * f + d2);
        double half = lambda / 2;
        double a = d1 / 2;
        double b = d2 / 2;
        if (half == 0) {
            return RegularizedBeta.value(x, a, b);
        }
        // one incomplete beta at the Poisson mode; its neighbours by I_x(c + 1, b) = I_x(c, b) - t(c), with
        // t(c) = x^c (1 - x)^b / (c B(c, b)) and t(c + 1) = t(c) x (c + b) / (c + 1); Poisson weights likewise
        int mode = (int) Math.floor(half);
        double cMode = a + mode;
        double betaMode = RegularizedBeta.value(x, cMode, b);
        // log B by TOMS 708 (LogBeta), exact to rounding for large b where lgamma(b) alone would cost digits
        double termMode = Math.exp(cMode * Math.log(x) + b * Math.log1p(-x) - Math.log(cMode) - LogBeta.value(cMode, b));
        if (!(termMode >= Double.MIN_NORMAL && termMode < Double.POSITIVE_INFINITY)) {
            return direct(x, a, b, half);
        }
        double weightMode = poisson(mode, half);
        double sum = weightMode * betaMode;
        double weightSeen = weightMode;
        double w = weightMode;
        double beta = betaMode;
        double term = termMode;
        for (int j = mode - 1; j >= 0 && w >= NEGLIGIBLE; j--) {
            double c = a + j;
            term *= (c + 1) / (x * (c + b));   // t(c) from t(c + 1)
            beta += term;
            w *= (j + 1) / half;
            sum += w * Math.min(1, beta);
            weightSeen += w;
        }
        w = weightMode;
        beta = betaMode;
        term = termMode;
        for (int j = mode + 1; 1 - weightSeen > NEGLIGIBLE && (w >= NEGLIGIBLE || j <= half); j++) {
            double c = a + j - 1;
            beta -= term;                       // I_x(c + 1, b) = I_x(c, b) - t(c)
            term *= x * (c + b) / (c + 1);
            w *= half / j;
            sum += w * Math.max(0, beta);
            weightSeen += w;
        }
        return Math.max(0, Math.min(1, sum));
    }

    /** The mixture with every incomplete beta evaluated directly: for when t at the mode leaves double range. */
    private static double direct(double x, double a, double b, double half) {
        int mode = (int) Math.floor(half);
        double sum = 0;
        double weightSeen = 0;
        for (int j = mode; j >= 0; j--) {
            double w = poisson(j, half);
            sum += w * RegularizedBeta.value(x, a + j, b);
            weightSeen += w;
            if (w < NEGLIGIBLE && j < mode) {
                break;
            }
        }
        for (int j = mode + 1; 1 - weightSeen > NEGLIGIBLE; j++) {
            double w = poisson(j, half);
            sum += w * RegularizedBeta.value(x, a + j, b);
            weightSeen += w;
            if (w < NEGLIGIBLE && j > half) {
                break;
            }
        }
        return Math.max(0, Math.min(1, sum));
    }

    private static double poisson(int j, double mean) {
        return Math.exp(-mean + j * Math.log(mean) - LogGamma.value(j + 1.0));
    }

    /**
     * The noncentralities whose distributions put the observed f at their upper and lower (1 - confidence) / 2
     * quantiles: the equal-tailed confidence interval for lambda (Steiger 2004). A bound is 0 when even the
     * central F puts f below that quantile.
     *
     * @param f          the observed statistic, >= 0
     * @param d1         numerator degrees of freedom
     * @param d2         denominator degrees of freedom
     * @param confidence the level in (0, 1)
     * @return {low, high}
     */
    public static double[] noncentralityInterval(double f, double d1, double d2, double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        double tail = (1 - confidence) / 2;
        return new double[] {solve(f, d1, d2, 1 - tail), solve(f, d1, d2, tail)};
    }

    /**
     * The lambda with P(F <= f; lambda) = target (decreasing in lambda), or 0 when the central F is below it:
     * a bracket by doubling, then the Illinois variant of regula falsi to 1e-12 relative.
     */
    private static double solve(double f, double d1, double d2, double target) {
        double gLo = of(d1, d2, 0).cumulativeProbability(f) - target;
        if (gLo <= 0) {
            return 0;
        }
        double lo = 0;
        double hi = Math.max(1, f * d1);
        double gHi = of(d1, d2, hi).cumulativeProbability(f) - target;
        while (gHi > 0) {
            lo = hi;
            gLo = gHi;
            hi *= 2;
            gHi = of(d1, d2, hi).cumulativeProbability(f) - target;
        }
        int side = 0;
        for (int it = 0; it < 200 && hi - lo > 1e-12 * hi; it++) {
            double x = hi - gHi * (hi - lo) / (gHi - gLo);
            if (!(x > lo && x < hi)) {
                x = 0.5 * (lo + hi);
            }
            double g = of(d1, d2, x).cumulativeProbability(f) - target;
            if (g == 0) {
                return x;
            }
            if (g > 0) {
                lo = x;
                gLo = g;
                if (side == -1) {
                    gHi /= 2;
                }
                side = -1;
            } else {
                hi = x;
                gHi = g;
                if (side == 1) {
                    gLo /= 2;
                }
                side = 1;
            }
        }
        return 0.5 * (lo + hi);
    }
}
