package dev.lathe.stats.test;

import dev.lathe.math.Moments;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;

/**
 * Student's t-tests as R's {@code t.test} computes them (statistic, degrees of freedom and p-value from
 * Commons Statistics' {@code TTest}): one sample against a mean, two independent samples with pooled
 * variance (Student) or separate variances (Welch, Satterthwaite's degrees of freedom), and paired samples.
 * The estimate is the mean (difference) with its t interval, one-sided for a one-sided alternative; the
 * effect size is Cohen's d, with Hedges' g (and Glass's delta for two samples) among the extras.
 */
public final class TTests {

    private TTests() {
    }

    /**
     * One-sample t-test of H0: mean = mu.
     *
     * @param x          the sample, finite values, at least 2 and not all equal
     * @param mu         the mean under the null hypothesis (0 by convention)
     * @param confidence level of the intervals in (0, 1), e.g. 0.95
     */
    public static InferenceResult oneSample(double[] x, double mu, Alternative alternative, double confidence) {
        Samples.finite(x, "sample", 2);
        return ofOneSample(x, mu, alternative, confidence, "One-sample t-test", "mean",
                "the mean is " + mu);
    }

    /**
     * Paired t-test of H0: mean of x - y = mu, the one-sample test of the differences.
     *
     * @param x the first measurements, finite, at least 2
     * @param y the second measurements of the same units, same length as {@code x}
     */
    public static InferenceResult paired(double[] x, double[] y, double mu, Alternative alternative,
                                         double confidence) {
        Samples.paired(x, y, 2);
        return ofOneSample(Samples.differences(x, y), mu, alternative, confidence, "Paired t-test",
                "mean difference", "the mean difference is " + mu);
    }

    /**
     * Two-sample t-test of H0: mean x - mean y = 0.
     *
     * @param x        the first sample, finite values, at least 2
     * @param y        the second sample, finite values, at least 2
     * @param equalVar true for Student's pooled-variance test, false for Welch's test (R's default)
     */
    public static InferenceResult twoSample(double[] x, double[] y, boolean equalVar, Alternative alternative,
                                            double confidence) {
        Samples.finite(x, "first group", 2);
        Samples.finite(y, "second group", 2);
        Moments a = Moments.of(x);
        Moments b = Moments.of(y);
        if (a.variance() == 0 && b.variance() == 0) {
            throw new IllegalArgumentException("both groups have zero variance (every value of the first is "
                    + a.min() + ", of the second " + b.min() + "): the t statistic is undefined");
        }
        TTest.Result r = TTest.withDefaults().with(CommonsAlternative.of(alternative))
                .with(equalVar ? DataDispersion.HOMOSCEDASTIC : DataDispersion.HETEROSCEDASTIC).test(x, y);
        double n1 = a.count();
        double n2 = b.count();
        double se = equalVar
                ? Math.sqrt(((n1 - 1) * a.variance() + (n2 - 1) * b.variance()) / (n1 + n2 - 2) * (1 / n1 + 1 / n2))
                : Math.sqrt(a.variance() / n1 + b.variance() / n2);
        TDistribution t = TDistribution.of(r.getDegreesOfFreedom());
        String name = equalVar ? "Two-sample t-test" : "Welch two-sample t-test";
        InferenceResult.Builder result = InferenceResult.builder(name, "t", r.getStatistic(), r.getPValue())
                .df(r.getDegreesOfFreedom())
                .alternative(alternative)
                .nullHypothesis("the two means are equal")
                .estimate(Intervals.around("difference in means", a.mean() - b.mean(), se, alternative, confidence,
                        t::inverseCumulativeProbability))
                .effectSize(EffectSizes.cohenD(x, y, confidence))
                .extra("mean_x", a.mean())
                .extra("mean_y", b.mean());
        EffectSizes.addTo(result, EffectSizes.hedgesG(x, y, confidence));
        EffectSizes.addTo(result, EffectSizes.glassDelta(x, y, confidence));
        return result.build();
    }

    private static InferenceResult ofOneSample(double[] x, double mu, Alternative alternative, double confidence,
                                               String test, String estimate, String hypothesis) {
        Moments m = Moments.of(x);
        if (m.variance() == 0) {
            throw new IllegalArgumentException("the " + (test.startsWith("Paired") ? "differences have" : "sample has")
                    + " zero variance (every value is " + m.min() + "): the t statistic is undefined");
        }
        if (!Double.isFinite(mu)) {
            throw new IllegalArgumentException("mu is " + mu + ": expected a finite number");
        }
        TTest.Result r = TTest.withDefaults().with(CommonsAlternative.of(alternative)).withMu(mu).test(x);
        TDistribution t = TDistribution.of(r.getDegreesOfFreedom());
        NamedInterval d = EffectSizes.cohenD(x, mu, confidence);
        InferenceResult.Builder result = InferenceResult.builder(test, "t", r.getStatistic(), r.getPValue())
                .df(r.getDegreesOfFreedom())
                .alternative(alternative)
                .nullHypothesis(hypothesis)
                .estimate(Intervals.around(estimate, m.mean(), m.sd() / Math.sqrt(m.count()), alternative, confidence,
                        t::inverseCumulativeProbability))
                .effectSize(d);
        EffectSizes.addTo(result, EffectSizes.scaled(d, "hedges_g", EffectSizes.correction(x.length - 1)));
        return result.build();
    }
}
