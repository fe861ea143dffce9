package dev.lathe.stats.bayes;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A Normal(mean, variance) belief about the mean mu of Normal observations whose variance sigma^2 is known.
 * Observations x_1..x_n give the posterior with precision {@code 1/variance + n/sigma^2} and mean
 * {@code (mean/variance + sum x / sigma^2) / precision}. The same record is the prior and the posterior.
 *
 * @param mean          the mean of mu, finite
 * @param variance      the variance of mu, positive and finite
 * @param noiseVariance the known variance sigma^2 of one observation, positive and finite
 */
public record NormalKnownVariance(double mean, double variance, double noiseVariance) {

    /** Checks that the mean is finite and both variances positive and finite. */
    public NormalKnownVariance {
        if (!Double.isFinite(mean) || !(variance > 0 && Double.isFinite(variance))
                || !(noiseVariance > 0 && Double.isFinite(noiseVariance))) {
            throw new IllegalArgumentException("need a finite mean and positive finite variances, got mean = " + mean
                    + ", variance = " + variance + ", noise variance = " + noiseVariance);
        }
    }

    /**
     * The posterior after {@code observations}.
     *
     * @throws IllegalArgumentException when a value is NaN or infinite, naming its index
     */
    public NormalKnownVariance update(double... observations) {
        double sum = Checks.finiteSum(observations);
        double precision = 1 / variance + observations.length / noiseVariance;
        double newMean = (mean / variance + sum / noiseVariance) / precision;
        return new NormalKnownVariance(newMean, 1 / precision, noiseVariance);
    }

    /** The distribution of mu. */
    public Posterior distribution() {
        return Posterior.of("Normal(" + Numbers.format(mean) + ", sd " + Numbers.format(Math.sqrt(variance)) + ")",
                NormalDistribution.of(mean, Math.sqrt(variance)));
    }

    /** The predictive distribution of one further observation: Normal(mean, variance + sigma^2). */
    public Posterior predictive() {
        double sd = Math.sqrt(variance + noiseVariance);
        return Posterior.of("Normal(" + Numbers.format(mean) + ", sd " + Numbers.format(sd) + ")",
                NormalDistribution.of(mean, sd));
    }
}
