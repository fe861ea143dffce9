package dev.lathe.stats.test;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * One- and two-sample Kolmogorov-Smirnov tests, exact where {@code scipy.stats.kstest}/{@code ks_2samp}
 * (scipy 1.10, {@code method='auto'}) are exact: the one-sample test from Commons Statistics, exact for at most
 * 10,000 values; the two-sample test by {@link KsTwoSample}, exact when the larger sample has at most 10,000
 * values (one-sided with unequal sizes: while binom(n1 + n2, n1) fits a double, as in scipy). The exact
 * two-sample p-value is that of D with no ties, as scipy computes it even when the samples share values.
 * Alternatives follow scipy: {@code greater} means the first sample's distribution function lies above the
 * other's (statistic D+), {@code less} below (D-).
 */
public final class KolmogorovSmirnovTests {

    private static final int MAX_EXACT = 10_000;

    private KolmogorovSmirnovTests() {
    }

    /**
     * Tests whether {@code x} comes from the normal distribution with the given mean and standard deviation
     * (fixed in advance: estimating them from {@code x} makes the p-value too large; use Shapiro-Wilk then).
     *
     * @param x  the sample, finite, at least 1 value
     * @param sd the standard deviation, positive
     */
    public static InferenceResult normal(double[] x, double mean, double sd, Alternative alternative) {
        Samples.finite(x, "sample", 1);
        if (!Double.isFinite(mean) || !(sd > 0 && Double.isFinite(sd))) {
            throw new IllegalArgumentException("the normal distribution needs a finite mean and a positive standard "
                    + "deviation, got mean " + mean + " and sd " + sd);
        }
        NormalDistribution dist = NormalDistribution.of(mean, sd);
        KolmogorovSmirnovTest.OneResult r = KolmogorovSmirnovTest.withDefaults()
                .with(CommonsAlternative.of(alternative))
                .with(x.length <= MAX_EXACT ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
                .test(x, dist::cumulativeProbability);
        return InferenceResult.builder("One-sample Kolmogorov-Smirnov test", "D", r.getStatistic(), r.getPValue())
                .alternative(alternative)
                .nullHypothesis("the sample comes from Normal(" + mean + ", " + sd + ")")
                .build();
    }

    /**
     * Tests whether two samples come from the same continuous distribution.
     *
     * @param x the first sample, finite, at least 1 value
     * @param y the second sample, finite, at least 1 value
     */
    public static InferenceResult twoSample(double[] x, double[] y, Alternative alternative) {
        KsTwoSample.Result r = KsTwoSample.test(x, y, alternative);
        return InferenceResult.builder("Two-sample Kolmogorov-Smirnov test", "D", r.statistic(), r.pValue())
                .alternative(alternative)
                .nullHypothesis("the two samples come from the same distribution")
                .build();
    }
}
