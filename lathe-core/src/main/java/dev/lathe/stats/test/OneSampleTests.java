package dev.lathe.stats.test;

import dev.lathe.frame.NumericColumn;
import dev.lathe.stats.distribution.NormalityResult;
import dev.lathe.stats.distribution.ShapiroWilk;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.inference.BinomialTest;
import org.apache.commons.statistics.inference.SignificanceResult;

/**
 * Tests of one sample's shape or of one count: Shapiro-Wilk normality ({@link ShapiroWilk}, Royston's AS R94 as
 * R and scipy) and the exact binomial test (Commons Statistics, the p-value of R's {@code binom.test} and
 * {@code scipy.stats.binomtest}) with the Clopper-Pearson interval of the proportion.
 */
public final class OneSampleTests {

    private OneSampleTests() {
    }

    /**
     * The Shapiro-Wilk test of H0: the sample comes from a normal distribution; the statistic is W.
     *
     * @param x the sample, 3 to 5000 finite values, not all equal
     */
    public static InferenceResult shapiroWilk(double[] x) {
        Samples.finite(x, "sample", ShapiroWilk.MIN_N);
        NormalityResult r = ShapiroWilk.test(NumericColumn.of("sample", x));
        return InferenceResult.builder("Shapiro-Wilk normality test", "W", r.statistic(), r.pValue())
                .nullHypothesis("the sample comes from a normal distribution")
                .extra("n", (long) r.count())
                .build();
    }

    /**
     * The exact binomial test of H0: the success probability is {@code p0}. The estimate is the observed
     * proportion with the Clopper-Pearson interval, one-sided for a one-sided alternative (as R).
     *
     * @param successes the number of successes, 0 to {@code trials}
     * @param trials    the number of trials, at least 1 (and at most 2^31 - 1)
     * @param p0        the probability under the null hypothesis, in [0, 1]
     */
    public static InferenceResult binomial(long successes, long trials, double p0, Alternative alternative,
                                           double confidence) {
        Samples.count(successes, "the number of successes");
        if (trials < 1 || trials > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the number of trials is " + trials + ": expected 1 to "
                    + Integer.MAX_VALUE);
        }
        if (successes > trials) {
            throw new IllegalArgumentException("the number of successes (" + successes
                    + ") exceeds the number of trials (" + trials + ")");
        }
        Samples.probability(p0, "null probability p0");
        SignificanceResult r = BinomialTest.withDefaults().with(CommonsAlternative.of(alternative))
                .test((int) trials, (int) successes, p0);
        return InferenceResult.builder("Exact binomial test", "successes", successes, r.getPValue())
                .alternative(alternative)
                .nullHypothesis("the probability of success is " + p0)
                .estimate(clopperPearson(successes, trials, alternative, Samples.confidence(confidence)))
                .effectSize(NamedInterval.point("cohen_h", ZTests.cohenH((double) successes / trials, p0)))
                .extra("trials", trials)
                .build();
    }

    /** The Clopper-Pearson interval from beta quantiles, one-sided for a one-sided alternative. */
    static NamedInterval clopperPearson(long k, long n, Alternative alternative, double confidence) {
        double tail = alternative == Alternative.TWO_SIDED ? (1 - confidence) / 2 : 1 - confidence;
        double low = k == 0 || alternative == Alternative.LESS ? 0
                : BetaDistribution.of(k, n - k + 1.0).inverseCumulativeProbability(tail);
        double high = k == n || alternative == Alternative.GREATER ? 1
                : BetaDistribution.of(k + 1.0, n - k).inverseCumulativeProbability(1 - tail);
        return new NamedInterval("proportion", (double) k / n, low, high, confidence);
    }
}
