package dev.lathe.stats.test;

import dev.lathe.math.Moments;

/**
 * z-tests: for a mean with a known (or, as statsmodels' {@code ztest}, an estimated) standard deviation, for
 * one proportion (score test: the variance under the null proportion, as R's {@code prop.test} without
 * continuity correction) and for two proportions (pooled variance, as statsmodels' {@code proportions_ztest}).
 */
public final class ZTests {

    private ZTests() {
    }

    /**
     * z-test of H0: mean = mu. The estimate is the mean with its normal interval; the effect size is
     * (mean - mu) / sigma with interval +- z / sqrt(n) when sigma is known, else Cohen's d.
     *
     * @param x     the sample, finite values, at least 2
     * @param sigma the known standard deviation (positive), or NaN to use the sample's
     */
    public static InferenceResult mean(double[] x, double mu, double sigma, Alternative alternative,
                                       double confidence) {
        Samples.finite(x, "sample", 2);
        if (!Double.isFinite(mu)) {
            throw new IllegalArgumentException("mu is " + mu + ": expected a finite number");
        }
        boolean known = !Double.isNaN(sigma);
        if (known && !(sigma > 0 && Double.isFinite(sigma))) {
            throw new IllegalArgumentException("sigma is " + sigma + ": expected a positive standard deviation");
        }
        Moments m = Moments.of(x);
        double sd = known ? sigma : m.sd();
        if (sd == 0) {
            throw new IllegalArgumentException("the sample has zero variance (every value is " + m.min()
                    + "): the z statistic is undefined without a known sigma");
        }
        double n = m.count();
        double se = sd / Math.sqrt(n);
        double z = (m.mean() - mu) / se;
        NamedInterval effect = known
                ? Intervals.normal("cohen_d", (m.mean() - mu) / sigma, 1 / Math.sqrt(n), confidence)
                : EffectSizes.cohenD(x, mu, confidence);
        return InferenceResult.builder("One-sample z-test", "z", z, normalP(z, alternative))
                .alternative(alternative)
                .nullHypothesis("the mean is " + mu)
                .estimate(Intervals.around("mean", m.mean(), se, alternative, confidence,
                        Intervals.NORMAL::inverseCumulativeProbability))
                .effectSize(effect)
                .extra("sigma", sd)
                .build();
    }

    /**
     * One-proportion z-test (score test) of H0: p = p0 with z = (phat - p0) / sqrt(p0 (1 - p0) / n). The
     * estimate is phat with Wilson's score interval; the effect size is Cohen's h = 2 asin sqrt(phat) -
     * 2 asin sqrt(p0) with interval +- z / sqrt(n).
     *
     * @param successes the number of successes, 0 to {@code trials}
     * @param trials    the number of trials, at least 1
     * @param p0        the proportion under the null hypothesis, strictly between 0 and 1
     */
    public static InferenceResult proportion(long successes, long trials, double p0, Alternative alternative,
                                             double confidence) {
        checkCounts(successes, trials, "");
        Samples.probability(p0, "null proportion p0");
        if (p0 == 0 || p0 == 1) {
            throw new IllegalArgumentException("null proportion p0 is " + p0
                    + ": expected a value strictly between 0 and 1");
        }
        double n = trials;
        double phat = successes / n;
        double z = (phat - p0) / Math.sqrt(p0 * (1 - p0) / n);
        return InferenceResult.builder("One-proportion z-test", "z", z, normalP(z, alternative))
                .alternative(alternative)
                .nullHypothesis("the proportion is " + p0)
                .estimate(wilson(successes, trials, alternative, confidence))
                .effectSize(Intervals.normal("cohen_h", cohenH(phat, p0), 1 / Math.sqrt(n), confidence))
                .extra("successes", successes)
                .extra("trials", trials)
                .build();
    }

    /**
     * Two-proportion z-test of H0: p1 = p2 with the pooled proportion in the variance. The estimate is
     * p1 - p2 with its Wald interval (unpooled variance); the effect size is Cohen's h with interval
     * +- z sqrt(1/n1 + 1/n2).
     *
     * @throws IllegalArgumentException when a count is negative, successes exceed trials, or both samples
     *                                  are all successes or all failures (zero variance)
     */
    public static InferenceResult twoProportions(long successes1, long trials1, long successes2, long trials2,
                                                 Alternative alternative, double confidence) {
        checkCounts(successes1, trials1, " of the first sample");
        checkCounts(successes2, trials2, " of the second sample");
        double n1 = trials1;
        double n2 = trials2;
        double p1 = successes1 / n1;
        double p2 = successes2 / n2;
        double pooled = (successes1 + successes2) / (n1 + n2);
        if (pooled == 0 || pooled == 1) {
            throw new IllegalArgumentException("both samples are all " + (pooled == 0 ? "failures" : "successes")
                    + ": zero variance, the z statistic is undefined");
        }
        double z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        double seDiff = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        return InferenceResult.builder("Two-proportion z-test", "z", z, normalP(z, alternative))
                .alternative(alternative)
                .nullHypothesis("the two proportions are equal")
                .estimate(Intervals.around("difference in proportions", p1 - p2, seDiff, alternative, confidence,
                        Intervals.NORMAL::inverseCumulativeProbability))
                .effectSize(Intervals.normal("cohen_h", cohenH(p1, p2), Math.sqrt(1 / n1 + 1 / n2), confidence))
                .extra("p1", p1)
                .extra("p2", p2)
                .extra("pooled_p", pooled)
                .build();
    }

    /** Cohen's h: the difference of the arcsine-transformed proportions. */
    static double cohenH(double p1, double p2) {
        return 2 * Math.asin(Math.sqrt(p1)) - 2 * Math.asin(Math.sqrt(p2));
    }

    /** Wilson's score interval for a proportion, one-sided for a one-sided alternative (as R's prop.test). */
    static NamedInterval wilson(long successes, long trials, Alternative alternative, double confidence) {
        Samples.confidence(confidence);
        double n = trials;
        double p = successes / n;
        double z = Intervals.NORMAL.inverseCumulativeProbability(
                alternative == Alternative.TWO_SIDED ? 1 - (1 - confidence) / 2 : confidence);
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        double low = alternative == Alternative.LESS ? 0 : Math.max(0, centre - half);
        double high = alternative == Alternative.GREATER ? 1 : Math.min(1, centre + half);
        return new NamedInterval("proportion", p, low, high, confidence);
    }

    private static double normalP(double z, Alternative alternative) {
        return alternative.pValue(Intervals.NORMAL.cumulativeProbability(z), Intervals.NORMAL.survivalProbability(z));
    }

    private static void checkCounts(long successes, long trials, String where) {
        Samples.count(successes, "the number of successes" + where);
        if (trials < 1) {
            throw new IllegalArgumentException("the number of trials" + where + " is " + trials
                    + ": expected at least 1");
        }
        if (successes > trials) {
            throw new IllegalArgumentException("the number of successes" + where + " (" + successes
                    + ") exceeds the number of trials (" + trials + ")");
        }
    }
}
