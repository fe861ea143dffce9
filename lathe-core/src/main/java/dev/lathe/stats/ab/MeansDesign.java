package dev.lathe.stats.ab;

import dev.lathe.math.Bisection;
import dev.lathe.stats.distribution.NoncentralT;
import dev.lathe.stats.test.Alternative;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Power, sample size and minimum detectable effect of a t test on means, from the noncentral t distribution
 * (as R's {@code power.t.test}, {@code pwr.t.test} and G*Power). The effect is Cohen's d: the difference in
 * means divided by the common standard deviation (for a one-sample or paired test, the mean (difference)
 * divided by its standard deviation).
 *
 * @param twoSample   true for two independent groups (df = n1 + n2 - 2, noncentrality d / sqrt(1/n1 + 1/n2)),
 *                    false for one sample or pairs (df = n - 1, noncentrality d sqrt(n))
 * @param ratio       n2 / n1 for two groups, positive (1 for equal groups); ignored for one sample
 * @param alpha       the significance level, in (0, 1); 0.05 usually
 * @param alternative the alternative: {@code GREATER} expects d > 0, {@code LESS} d < 0
 * @param strict      for two-sided tests, whether a rejection in the tail opposite to the effect counts towards
 *                    power (true: the exact power, as pwr and G*Power; false: R {@code power.t.test}'s default)
 */
public record MeansDesign(boolean twoSample, double ratio, double alpha, Alternative alternative, boolean strict) {

    private static final double MAX_N = 1e9;
    private static final double MAX_EFFECT = 1e3;

    /** Checks the level and the ratio. */
    public MeansDesign {
        Tails.checkAlpha(alpha);
        Tails.checkRatio(ratio);
        if (alternative == null) {
            throw new IllegalArgumentException("the alternative must be given");
        }
    }

    /** Two equal groups, two-sided, strict. */
    public static MeansDesign twoSample(double alpha) {
        return new MeansDesign(true, 1, alpha, Alternative.TWO_SIDED, true);
    }

    /**
     * The power for effect {@code d} with {@code n1} in the first group (n in all for one sample).
     *
     * @param n1 at least 2 for one sample; for two, large enough that n1 + n2 - 2 > 0
     */
    public double power(double n1, double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("effect size d must be finite, got " + d);
        }
        double df = df(n1);
        if (!(df > 0)) {
            throw new IllegalArgumentException("need more observations: n1 = " + n1 + " leaves " + df
                    + " degrees of freedom");
        }
        double ncp = twoSample ? d / Math.sqrt(1 / n1 + 1 / (ratio * n1)) : d * Math.sqrt(n1);
        TDistribution central = TDistribution.of(df);
        return switch (alternative) {
            case GREATER -> NoncentralT.survival(central.inverseSurvivalProbability(alpha), df, ncp);
            case LESS -> NoncentralT.cdf(-central.inverseSurvivalProbability(alpha), df, ncp);
            case TWO_SIDED -> {
                double c = central.inverseSurvivalProbability(alpha / 2);
                double delta = Math.abs(ncp);
                double near = NoncentralT.survival(c, df, delta);
                yield strict ? near + NoncentralT.cdf(-c, df, delta) : near;
            }
        };
    }

    /**
     * The size needed for {@code power} at effect {@code d}: the real n1 where power is reached, then rounded up.
     *
     * @param d     the effect to detect, non-zero (negative for {@code LESS})
     * @param power the target power, in (alpha, 1)
     * @throws IllegalArgumentException when even 10^9 observations do not reach the power
     */
    public SampleSize sampleSize(double d, double power) {
        Tails.checkPower(power, alpha);
        if (!(d != 0) || !Double.isFinite(d)) {
            throw new IllegalArgumentException("effect size d must be finite and non-zero, got " + d);
        }
        double lo = twoSample ? 3 / (1 + ratio) : 2;
        if (power(MAX_N, d) < power) {
            throw new IllegalArgumentException("effect d = " + d + " cannot reach power " + power + " with up to "
                    + (long) MAX_N + " observations (check its sign against the alternative " + alternative.label() + ")");
        }
        double n = power(lo, d) >= power ? lo : Bisection.rootAbove(m -> power(m, d) - power, lo, MAX_N);
        long first = (long) Math.ceil(n - 1e-9);
        return new SampleSize(n, first, twoSample ? (long) Math.ceil(ratio * first - 1e-9) : 0);
    }

    /**
     * The smallest effect |d| detected with {@code power} when the first group has {@code n1} observations
     * (returned negative for {@code LESS}).
     */
    public double minimumEffect(double n1, double power) {
        Tails.checkPower(power, alpha);
        double sign = alternative == Alternative.LESS ? -1 : 1;
        return sign * Bisection.root(e -> power(n1, sign * e) - power, 0, MAX_EFFECT);
    }

    private double df(double n1) {
        return twoSample ? n1 + ratio * n1 - 2 : n1 - 1;
    }
}
