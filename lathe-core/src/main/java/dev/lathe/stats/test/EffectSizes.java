package dev.lathe.stats.test;

import dev.lathe.math.Moments;
import dev.lathe.stats.distribution.NoncentralT;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * Standardised mean differences with exact two-sided confidence intervals from the noncentral t distribution
 * (Steiger and Fouladi 1997; the method of R's MBESS {@code ci.smd} and effectsize): an effect d = c t, with t
 * the t statistic of its test on df degrees of freedom, has the interval c [delta_low, delta_high] where the
 * noncentralities solve P(T <= t; df, delta_low) = 1 - alpha / 2 and P(T <= t; df, delta_high) = alpha / 2.
 * Exact under normal samples (and equal variances for two samples), whatever their size. The samples must
 * already be checked (finite, at least 2 values each).
 */
public final class EffectSizes {

    private EffectSizes() {
    }

    /**
     * Cohen's d of two samples: (mean x - mean y) / pooled standard deviation; d = t sqrt(1/n1 + 1/n2) with t
     * Student's two-sample t on n1 + n2 - 2 degrees of freedom.
     *
     * @param confidence the interval's level in (0, 1), e.g. 0.95
     */
    public static NamedInterval cohenD(double[] x, double[] y, double confidence) {
        Moments a = Moments.of(x);
        Moments b = Moments.of(y);
        double n1 = a.count();
        double n2 = b.count();
        double pooled = Math.sqrt(((n1 - 1) * a.variance() + (n2 - 1) * b.variance()) / (n1 + n2 - 2));
        double d = (a.mean() - b.mean()) / pooled;
        return noncentral("cohen_d", d, Math.sqrt(1 / n1 + 1 / n2), n1 + n2 - 2, confidence);
    }

    /**
     * Hedges' g of two samples: Cohen's d times the exact small-sample correction
     * J(m) = Gamma(m/2) / (sqrt(m/2) Gamma((m-1)/2)) with m = n1 + n2 - 2; its interval is d's scaled by J.
     */
    public static NamedInterval hedgesG(double[] x, double[] y, double confidence) {
        return scaled(cohenD(x, y, confidence), "hedges_g", correction(x.length + y.length - 2));
    }

    /**
     * Glass's delta: (mean x - mean y) / standard deviation of {@code y} (the control group). With equal
     * population variances, delta / sqrt(1/n1 + 1/n2) is noncentral t on n2 - 1 degrees of freedom (only the
     * control group's SD is in the denominator), which gives the interval; when the variances differ it is an
     * approximation, as every interval for delta is.
     */
    public static NamedInterval glassDelta(double[] x, double[] y, double confidence) {
        Moments a = Moments.of(x);
        Moments b = Moments.of(y);
        double n1 = a.count();
        double n2 = b.count();
        double delta = (a.mean() - b.mean()) / b.sd();
        return noncentral("glass_delta", delta, Math.sqrt(1 / n1 + 1 / n2), n2 - 1, confidence);
    }

    /**
     * Cohen's d of one sample (or of paired differences) against {@code mu}: (mean - mu) / standard
     * deviation; d = t / sqrt(n) with t the one-sample t on n - 1 degrees of freedom.
     */
    public static NamedInterval cohenD(double[] x, double mu, double confidence) {
        Moments m = Moments.of(x);
        double n = m.count();
        double d = (m.mean() - mu) / m.sd();
        return noncentral("cohen_d", d, 1 / Math.sqrt(n), n - 1, confidence);
    }

    /**
     * The two-sided interval of an effect {@code value} = scale * t, t noncentral t on {@code df} degrees of
     * freedom: scale times the noncentralities that put t at the upper and lower alpha / 2 quantiles.
     */
    static NamedInterval noncentral(String name, double value, double scale, double df, double confidence) {
        Samples.confidence(confidence);
        double t = value / scale;
        double tail = (1 - confidence) / 2;
        double low = NoncentralT.noncentrality(t, df, 1 - tail);
        double high = NoncentralT.noncentrality(t, df, tail);
        return new NamedInterval(name, value, scale * low, scale * high, confidence);
    }

    /** Hedges' exact bias correction J(m) for m degrees of freedom; NaN below 2. */
    static double correction(int m) {
        if (m < 2) {
            return Double.NaN;
        }
        return Math.exp(LogGamma.value(m / 2.0) - 0.5 * Math.log(m / 2.0) - LogGamma.value((m - 1) / 2.0));
    }

    /** {@code i} renamed and multiplied by a positive factor (value and both ends). */
    static NamedInterval scaled(NamedInterval i, String name, double factor) {
        return new NamedInterval(name, factor * i.value(), factor * i.low(), factor * i.high(), i.confidence());
    }

    /** Adds an effect size to a result's extras as {@code <name>}, {@code <name>_ci_low}, {@code <name>_ci_high}. */
    static void addTo(InferenceResult.Builder result, NamedInterval i) {
        result.extra(i.name(), i.value()).extra(i.name() + "_ci_low", i.low()).extra(i.name() + "_ci_high", i.high());
    }
}
