package dev.lathe.stats.bayes;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A Normal-Inverse-Gamma belief about the mean mu and variance sigma^2 of Normal observations:
 * sigma^2 ~ InvGamma(alpha, beta) and mu | sigma^2 ~ Normal(mu0, sigma^2 / kappa). Observations update it in
 * closed form; the marginal of mu and the predictive of a new observation are Student t with 2 alpha degrees
 * of freedom. The same record is the prior and the posterior.
 *
 * @param mu0   the location of mu, finite
 * @param kappa the number of prior pseudo-observations behind mu0, positive and finite
 * @param alpha the shape of the variance's prior, positive and finite
 * @param beta  the scale of the variance's prior, positive and finite
 */
public record NormalInverseGamma(double mu0, double kappa, double alpha, double beta) {

    /** Checks that mu0 is finite and kappa, alpha and beta are positive and finite. */
    public NormalInverseGamma {
        if (!Double.isFinite(mu0) || !(kappa > 0 && Double.isFinite(kappa)) || !(alpha > 0 && Double.isFinite(alpha))
                || !(beta > 0 && Double.isFinite(beta))) {
            throw new IllegalArgumentException("Normal-Inverse-Gamma needs finite mu0 and positive finite kappa, "
                    + "alpha, beta; got mu0 = " + mu0 + ", kappa = " + kappa + ", alpha = " + alpha + ", beta = " + beta);
        }
    }

    /**
     * The posterior under the reference prior p(mu, sigma^2) proportional to 1 / sigma^2 (no prior information):
     * kappa = n, alpha = (n - 1) / 2, beta = half the sum of squared deviations, so that mu's marginal is the
     * Student t of the classical one-sample interval.
     *
     * @throws IllegalArgumentException with fewer than two observations, a non-finite one, or zero variance
     */
    public static NormalInverseGamma reference(double... observations) {
        if (observations.length < 2) {
            throw new IllegalArgumentException("the reference posterior needs at least 2 observations, got "
                    + observations.length);
        }
        double mean = Checks.finiteSum(observations) / observations.length;
        double ss = sumOfSquares(observations, mean);
        if (!(ss > 0)) {
            throw new IllegalArgumentException("the reference posterior needs observations that vary; all "
                    + observations.length + " equal " + observations[0]);
        }
        return new NormalInverseGamma(mean, observations.length, (observations.length - 1) / 2.0, ss / 2);
    }

    /**
     * The posterior after {@code observations} (kappa_n = kappa + n, mu_n = (kappa mu0 + n xbar) / kappa_n,
     * alpha_n = alpha + n / 2, beta_n = beta + SS / 2 + kappa n (xbar - mu0)^2 / (2 kappa_n)).
     *
     * @throws IllegalArgumentException when a value is NaN or infinite, naming its index
     */
    public NormalInverseGamma update(double... observations) {
        int n = observations.length;
        if (n == 0) {
            return this;
        }
        double mean = Checks.finiteSum(observations) / n;
        double kappaN = kappa + n;
        double d = mean - mu0;
        return new NormalInverseGamma((kappa * mu0 + n * mean) / kappaN, kappaN, alpha + n / 2.0,
                beta + sumOfSquares(observations, mean) / 2 + kappa * n * d * d / (2 * kappaN));
    }

    /** The marginal distribution of the mean mu: Student t, 2 alpha df, location mu0, scale sqrt(beta / (alpha kappa)). */
    public Posterior mean() {
        return studentT(Math.sqrt(beta / (alpha * kappa)));
    }

    /** The expected variance E[sigma^2] = beta / (alpha - 1), infinite when alpha <= 1. */
    public double expectedVariance() {
        return alpha > 1 ? beta / (alpha - 1) : Double.POSITIVE_INFINITY;
    }

    /** The predictive distribution of one further observation: t, 2 alpha df, scale sqrt(beta (kappa + 1) / (alpha kappa)). */
    public Posterior predictive() {
        return studentT(Math.sqrt(beta * (kappa + 1) / (alpha * kappa)));
    }

    private Posterior studentT(double scale) {
        double df = 2 * alpha;
        return Posterior.scaled("t(df " + Numbers.format(df) + ", location " + Numbers.format(mu0) + ", scale "
                + Numbers.format(scale) + ")", TDistribution.of(df), mu0, scale);
    }

    private static double sumOfSquares(double[] x, double mean) {
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return ss;
    }
}
