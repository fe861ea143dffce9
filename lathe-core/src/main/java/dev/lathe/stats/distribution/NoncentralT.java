package dev.lathe.stats.distribution;

import dev.lathe.math.Bisection;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.gamma.RegularizedBeta;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The cumulative distribution of Student's noncentral t, T = (Z + delta) / sqrt(V / df), which the power of t
 * tests needs and Commons Statistics lacks. Computed by Lenth's algorithm AS 243 (Applied Statistics, 1989): a
 * series of incomplete beta functions weighted by Poisson probabilities in delta^2 / 2, summed until the
 * remaining Poisson mass bounds the error below 1e-12; a normal approximation (as R's {@code pnt}) for df above
 * 4e5 or |delta| above 37.62, where the series' first Poisson weight underflows. {@link #noncentrality}
 * inverts it in delta, which confidence intervals for standardised effect sizes need.
 */
public final class NoncentralT {

    private static final double ERROR_BOUND = 1e-12;
    private static final int MAX_TERMS = 5000;
    private static final double LARGE_DF = 4e5;
    /** sqrt(2 ln 2 * 1021): beyond it exp(-delta^2 / 2) underflows. */
    private static final double LARGE_DELTA = 37.62;
    private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    private NoncentralT() {
    }

    /**
     * P(T <= t).
     *
     * @param t     the point, finite
     * @param df    the degrees of freedom, positive
     * @param delta the noncentrality, finite (0 gives the central t)
     * @throws ArithmeticException when the series does not converge
     */
    public static double cdf(double t, double df, double delta) {
        if (!(df > 0) || !Double.isFinite(t) || !Double.isFinite(delta)) {
            throw new IllegalArgumentException("noncentral t needs finite t and delta and df > 0, got t = " + t
                    + ", df = " + df + ", delta = " + delta);
        }
        if (delta == 0) {
            return TDistribution.of(df).cumulativeProbability(t);
        }
        boolean negated = t < 0;
        double tt = negated ? -t : t;
        double del = negated ? -delta : delta;
        double lower;
        if (df > LARGE_DF || Math.abs(del) > LARGE_DELTA) {
            double s = 1 / (4 * df);
            lower = NormalDistribution.of(del, Math.sqrt(1 + tt * tt * 2 * s)).cumulativeProbability(tt * (1 - s));
        } else {
            lower = series(tt, df, del) + STANDARD.cumulativeProbability(-del);
        }
        lower = Math.min(1, Math.max(0, lower));
        return negated ? 1 - lower : lower;
    }

    /** P(T > t) = 1 - {@link #cdf}. */
    public static double survival(double t, double df, double delta) {
        return 1 - cdf(t, df, delta);
    }

    /**
     * The noncentrality delta with P(T <= t) = p for the given t and df: the cdf falls as delta grows, so the
     * root is unique; it is bracketed by steps doubling away from t and found by bisection to the last digit.
     *
     * @param p a probability in (0, 1)
     * @throws IllegalArgumentException when p is outside (0, 1) or t, df are as {@link #cdf} refuses
     */
    public static double noncentrality(double t, double df, double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("the probability must lie in (0, 1), got " + p);
        }
        DoubleUnaryOperator excess = delta -> p - cdf(t, df, delta);
        double step = 1;
        double lo = t - step;
        double hi = t + step;
        while (excess.applyAsDouble(lo) > 0) {
            hi = lo;
            step *= 2;
            lo = t - step;
        }
        while (excess.applyAsDouble(hi) < 0) {
            lo = hi;
            step *= 2;
            hi = t + step;
        }
        return Bisection.root(excess, lo, hi);
    }

    /** AS 243's sum for t >= 0: P(0 < T <= t) - the normal part. */
    private static double series(double t, double df, double delta) {
        double x = t * t / (t * t + df);
        if (x <= 0) {
            return 0;
        }
        double lambda = delta * delta;
        double p = 0.5 * Math.exp(-0.5 * lambda);
        if (p == 0) {
            throw new ArithmeticException("noncentral t: delta = " + delta + " is too large for the series");
        }
        double q = SQRT_2_OVER_PI * p * delta;
        double s = 0.5 - p;
        if (s < 1e-7) {
            s = -0.5 * Math.expm1(-0.5 * lambda);
        }
        double a = 0.5;
        double b = 0.5 * df;
        double rxb = Math.pow(df / (t * t + df), b);
        double logBeta = LogGamma.value(a) + LogGamma.value(b) - LogGamma.value(a + b);
        double xodd = RegularizedBeta.value(x, a, b);
        double godd = 2 * rxb * Math.exp(a * Math.log(x) - logBeta);
        double bx = b * x;
        double xeven = bx < Math.ulp(1.0) ? bx : 1 - rxb;
        double geven = bx * rxb;
        double sum = p * xodd + q * xeven;
        for (int it = 1; it <= MAX_TERMS; it++) {
            a += 1;
            xodd -= godd;
            xeven -= geven;
            godd *= x * (a + b - 1) / a;
            geven *= x * (a + b - 0.5) / (a + 0.5);
            p *= lambda / (2 * it);
            q *= lambda / (2 * it + 1);
            sum += p * xodd + q * xeven;
            s -= p;
            if (s <= 0 && it > 1) {
                return sum;
            }
            if (Math.abs(2 * s * (xodd - godd)) < ERROR_BOUND) {
                return sum;
            }
        }
        throw new ArithmeticException("noncentral t series did not converge for t = " + t + ", df = " + df
                + ", delta = " + delta);
    }
}
