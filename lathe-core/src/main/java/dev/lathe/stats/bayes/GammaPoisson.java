package dev.lathe.stats.bayes;

import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.statistics.distribution.GammaDistribution;

/**
 * A Gamma(shape, rate) belief about a Poisson rate lambda: the prior Gamma(a, b) and n counts summing to S
 * give the posterior Gamma(a + S, b + n). The same record is the prior and, after {@link #update}, the posterior.
 *
 * @param shape the shape a, positive and finite (prior total count)
 * @param rate  the rate b, positive and finite (prior number of intervals observed)
 */
public record GammaPoisson(double shape, double rate) {

    /** Checks that both parameters are positive and finite. */
    public GammaPoisson {
        if (!(shape > 0 && Double.isFinite(shape) && rate > 0 && Double.isFinite(rate))) {
            throw new IllegalArgumentException("Gamma shape and rate must be positive and finite, got shape = "
                    + shape + ", rate = " + rate);
        }
    }

    /**
     * The posterior after observing {@code counts} (one Poisson count per interval).
     *
     * @throws IllegalArgumentException when a count is negative or not an integer, naming its index
     */
    public GammaPoisson update(double... counts) {
        double sum = 0;
        for (int i = 0; i < counts.length; i++) {
            double c = counts[i];
            if (!(c >= 0) || c != Math.rint(c) || Double.isInfinite(c)) {
                throw new IllegalArgumentException("Poisson counts must be non-negative integers, got " + c
                        + " at index " + i);
            }
            sum += c;
        }
        return new GammaPoisson(shape + sum, rate + counts.length);
    }

    /** The distribution of lambda. */
    public Posterior distribution() {
        return Posterior.of("Gamma(shape " + Numbers.format(shape) + ", rate " + Numbers.format(rate) + ")",
                GammaDistribution.of(shape, 1 / rate));
    }

    /** The mean of lambda, {@code shape / rate}. */
    public double mean() {
        return shape / rate;
    }

    /**
     * The posterior predictive probability of a count {@code k} in one further interval (negative binomial):
     * {@code Gamma(k + a) / (Gamma(a) k!) (b / (b + 1))^a (1 / (b + 1))^k}.
     */
    public double predictive(long k) {
        if (k < 0) {
            throw new IllegalArgumentException("a Poisson count must be non-negative, got " + k);
        }
        double log = LogGamma.value(k + shape) - LogGamma.value(shape) - LogGamma.value(k + 1.0)
                + shape * Math.log(rate / (rate + 1)) - k * Math.log1p(rate);
        return Math.exp(log);
    }
}
