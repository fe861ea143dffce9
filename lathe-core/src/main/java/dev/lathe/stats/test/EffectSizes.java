package dev.lathe.stats.test;

import dev.lathe.math.Moments;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * Standardised mean differences with two-sided confidence intervals from the large-sample normal
 * approximation of their sampling variance (Hedges and Olkin 1985, eq. 5.14; Algina, Keselman and Penfield
 * 2006 for Glass's delta): d +- z * se. The samples must already be checked (finite, at least 2 values each).
 */
public final class EffectSizes {

    private EffectSizes() {
    }

    /**
     * Cohen's d of two samples: (mean x - mean y) / pooled standard deviation, with
     * se = sqrt((n1 + n2) / (n1 n2) + d^2 / (2 (n1 + n2))).
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
        double se = Math.sqrt((n1 + n2) / (n1 * n2) + d * d / (2 * (n1 + n2)));
        return Intervals.normal("cohen_d", d, se, confidence);
    }

    /**
     * Hedges' g of two samples: Cohen's d times the exact small-sample correction
     * J(m) = Gamma(m/2) / (sqrt(m/2) Gamma((m-1)/2)) with m = n1 + n2 - 2; its interval is d's scaled by J.
     */
    public static NamedInterval hedgesG(double[] x, double[] y, double confidence) {
        return scaled(cohenD(x, y, confidence), "hedges_g", correction(x.length + y.length - 2));
    }

    /**
     * Glass's delta: (mean x - mean y) / standard deviation of {@code y} (the control group), with
     * se = sqrt((n1 + n2) / (n1 n2) + delta^2 / (2 (n2 - 1))).
     */
    public static NamedInterval glassDelta(double[] x, double[] y, double confidence) {
        Moments a = Moments.of(x);
        Moments b = Moments.of(y);
        double n1 = a.count();
        double n2 = b.count();
        double delta = (a.mean() - b.mean()) / b.sd();
        double se = Math.sqrt((n1 + n2) / (n1 * n2) + delta * delta / (2 * (n2 - 1)));
        return Intervals.normal("glass_delta", delta, se, confidence);
    }

    /**
     * Cohen's d of one sample (or of paired differences) against {@code mu}: (mean - mu) / standard
     * deviation, with se = sqrt(1/n + d^2 / (2n)).
     */
    public static NamedInterval cohenD(double[] x, double mu, double confidence) {
        Moments m = Moments.of(x);
        double n = m.count();
        double d = (m.mean() - mu) / m.sd();
        double se = Math.sqrt(1 / n + d * d / (2 * n));
        return Intervals.normal("cohen_d", d, se, confidence);
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
