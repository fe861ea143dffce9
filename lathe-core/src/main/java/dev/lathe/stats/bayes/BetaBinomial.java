package dev.lathe.stats.bayes;

import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;

/**
 * A Beta(alpha, beta) belief about a probability p of success, updated by binomial counts: the prior
 * Beta(alpha, beta) and s successes in n trials give the posterior Beta(alpha + s, beta + n - s). The same
 * record is the prior and, after {@link #update}, the posterior.
 *
 * @param alpha the first shape, prior successes plus one for a uniform start; positive and finite
 * @param beta  the second shape, prior failures plus one for a uniform start; positive and finite
 */
public record BetaBinomial(double alpha, double beta) {

    /** Checks that both shapes are positive and finite. */
    public BetaBinomial {
        if (!(alpha > 0 && Double.isFinite(alpha) && beta > 0 && Double.isFinite(beta))) {
            throw new IllegalArgumentException("Beta shapes must be positive and finite, got alpha = " + alpha
                    + ", beta = " + beta);
        }
    }

    /** The uniform prior Beta(1, 1). */
    public static BetaBinomial uniform() {
        return new BetaBinomial(1, 1);
    }

    /**
     * The posterior after {@code successes} in {@code trials}.
     *
     * @throws IllegalArgumentException when a count is negative or successes exceed trials
     */
    public BetaBinomial update(long successes, long trials) {
        checkCounts(successes, trials);
        return new BetaBinomial(alpha + successes, beta + trials - successes);
    }

    /** The distribution of p. */
    public Posterior distribution() {
        Posterior p = Posterior.of("Beta(" + Numbers.format(alpha) + ", " + Numbers.format(beta) + ")",
                BetaDistribution.of(alpha, beta));
        if (alpha < 1 || beta < 1) {
            return p;
        }
        // drawn as G1 / (G1 + G2), G1 ~ Gamma(alpha), G2 ~ Gamma(beta): about three times faster than Commons' own
        // (Cheng's) Beta sampler; shapes of at least 1 keep both draws away from underflow
        return p.drawnBy(source -> {
            ContinuousDistribution.Sampler g1 = GammaDistribution.of(alpha, 1).createSampler(source);
            ContinuousDistribution.Sampler g2 = GammaDistribution.of(beta, 1).createSampler(source);
            return () -> {
                double x = g1.sample();
                return x / (x + g2.sample());
            };
        });
    }

    /** The mean of p, {@code alpha / (alpha + beta)}. */
    public double mean() {
        return alpha / (alpha + beta);
    }

    /**
     * The posterior predictive probability of exactly {@code k} successes in {@code m} further trials (the
     * beta-binomial distribution): {@code C(m, k) B(alpha + k, beta + m - k) / B(alpha, beta)}.
     */
    public double predictive(long k, long m) {
        checkCounts(k, m);
        double logChoose = -Math.log(m + 1.0) - LogBeta.value(m - k + 1.0, k + 1.0);
        return Math.exp(logChoose + LogBeta.value(alpha + k, beta + m - k) - LogBeta.value(alpha, beta));
    }

    /**
     * The Bayes factor BF01 of the point null p = {@code p0} against this Beta prior on p, for {@code successes}
     * in {@code trials}: the binomial likelihood at p0 divided by the marginal likelihood under the prior,
     * {@code p0^s (1 - p0)^(n - s) B(alpha, beta) / B(alpha + s, beta + n - s)}. Above 1 favours the null.
     *
     * @param p0 the null value, in (0, 1)
     */
    public double bayesFactor01(long successes, long trials, double p0) {
        checkCounts(successes, trials);
        if (!(p0 > 0 && p0 < 1)) {
            throw new IllegalArgumentException("null probability p0 must be in (0, 1), got " + p0);
        }
        double logNull = successes * Math.log(p0) + (trials - successes) * Math.log1p(-p0);
        double logMarginal = LogBeta.value(alpha + successes, beta + trials - successes) - LogBeta.value(alpha, beta);
        return Math.exp(logNull - logMarginal);
    }

    private static void checkCounts(long successes, long trials) {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("counts must satisfy 0 <= successes <= trials, got " + successes
                    + " successes in " + trials + " trials");
        }
    }
}
