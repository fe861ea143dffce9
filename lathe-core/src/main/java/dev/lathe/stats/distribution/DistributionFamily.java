package dev.lathe.stats.distribution;

import java.util.List;
import org.apache.commons.statistics.distribution.ExponentialDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * The distributions {@link DistributionFits} fits by maximum likelihood. Every family but the normal is fitted
 * with its location fixed at 0, as scipy's {@code dist.fit(x, floc=0)} (and {@code fscale=1} for the beta):
 * the parameters are the shapes and scale below, never a shift. Parameter names and their scipy equivalents:
 * <ul>
 *   <li>{@link #NORMAL}: mean, sd (the MLE, divisor n) = {@code norm} loc, scale</li>
 *   <li>{@link #LOG_NORMAL}: mu, sigma of log x = {@code lognorm} s = sigma, scale = exp(mu)</li>
 *   <li>{@link #EXPONENTIAL}: scale (the mean, 1 / rate) = {@code expon} scale</li>
 *   <li>{@link #GAMMA}: shape, scale = {@code gamma} a, scale</li>
 *   <li>{@link #WEIBULL}: shape, scale = {@code weibull_min} c, scale</li>
 *   <li>{@link #BETA}: alpha, beta = {@code beta} a, b</li>
 *   <li>{@link #POISSON}: mean = {@code poisson} mu</li>
 *   <li>{@link #NEGATIVE_BINOMIAL}: r, p = {@code nbinom} n, p (r real)</li>
 * </ul>
 */
public enum DistributionFamily {
    /** Normal: any finite values. */
    NORMAL(false, "mean", "sd"),
    /** Log-normal: values greater than 0. */
    LOG_NORMAL(false, "mu", "sigma"),
    /** Exponential: values at or above 0. */
    EXPONENTIAL(false, "scale"),
    /** Gamma: values greater than 0. */
    GAMMA(false, "shape", "scale"),
    /** Weibull: values greater than 0. */
    WEIBULL(false, "shape", "scale"),
    /** Beta: values strictly between 0 and 1. */
    BETA(false, "alpha", "beta"),
    /** Poisson: non-negative integers. */
    POISSON(true, "mean"),
    /** Negative binomial: non-negative integers whose variance (divisor n) exceeds their mean. */
    NEGATIVE_BINOMIAL(true, "r", "p");

    private final boolean discrete;
    private final List<String> parameterNames;

    DistributionFamily(boolean discrete, String... parameterNames) {
        this.discrete = discrete;
        this.parameterNames = List.of(parameterNames);
    }

    /** Whether the family is a distribution of counts. */
    public boolean discrete() {
        return discrete;
    }

    /** The names of the fitted parameters, in the order of {@link DistributionFit#parameters()}. */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /** The family's name as users read it: lower case with spaces ("log-normal", "negative binomial"). */
    public String label() {
        return switch (this) {
            case LOG_NORMAL -> "log-normal";
            case NEGATIVE_BINOMIAL -> "negative binomial";
            default -> name().toLowerCase();
        };
    }

    /**
     * Why the family cannot be fitted to {@code sorted} (ascending, finite, at least two distinct values), or
     * null when it can.
     */
    String unsupported(double[] sorted) {
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        return switch (this) {
            case NORMAL -> null;
            case LOG_NORMAL, GAMMA, WEIBULL -> min > 0 ? null
                    : "the " + label() + " distribution needs values greater than 0, the smallest is " + min;
            case EXPONENTIAL -> min >= 0 ? null
                    : "the exponential distribution needs values at or above 0, the smallest is " + min;
            case BETA -> min > 0 && max < 1 ? null
                    : "the beta distribution needs values strictly between 0 and 1, the values span [" + min + ", "
                    + max + "]";
            case POISSON, NEGATIVE_BINOMIAL -> countProblem(sorted);
        };
    }

    private String countProblem(double[] sorted) {
        for (double v : sorted) {
            if (v < 0 || v != Math.rint(v) || v > Integer.MAX_VALUE) {
                return "the " + label() + " distribution needs non-negative integers (counts), found " + v;
            }
        }
        if (this == NEGATIVE_BINOMIAL && !NegativeBinomialMle.overDispersed(sorted)) {
            return "the negative binomial distribution needs a variance above the mean (over-dispersion); "
                    + "without it the likelihood rises towards the Poisson limit and has no maximum";
        }
        return null;
    }

    /** The maximum-likelihood estimate for {@code sorted}, which {@link #unsupported} accepts. */
    Estimate fit(double[] sorted) {
        int n = sorted.length;
        return switch (this) {
            case NORMAL -> {
                double mean = Sample.mean(sorted);
                NormalDistribution d = NormalDistribution.of(mean, Math.sqrt(Sample.sumOfSquares(sorted, mean) / n));
                yield new Estimate(new double[] {mean, d.getStandardDeviation()}, d::logDensity,
                        d::cumulativeProbability);
            }
            case LOG_NORMAL -> {
                double[] logs = new double[n];
                for (int i = 0; i < n; i++) {
                    logs[i] = Math.log(sorted[i]);
                }
                double mu = Sample.mean(logs);
                double sigma = Math.sqrt(Sample.sumOfSquares(logs, mu) / n);
                LogNormalDistribution d = LogNormalDistribution.of(mu, sigma);
                yield new Estimate(new double[] {mu, sigma}, d::logDensity, d::cumulativeProbability);
            }
            case EXPONENTIAL -> {
                ExponentialDistribution d = ExponentialDistribution.of(Sample.mean(sorted));
                yield new Estimate(new double[] {d.getMean()}, d::logDensity, d::cumulativeProbability);
            }
            case GAMMA -> GammaMle.fit(sorted);
            case WEIBULL -> WeibullMle.fit(sorted);
            case BETA -> BetaMle.fit(sorted);
            case POISSON -> {
                PoissonDistribution d = PoissonDistribution.of(Sample.mean(sorted));
                yield new Estimate(new double[] {d.getMean()}, k -> d.logProbability((int) k),
                        k -> d.cumulativeProbability((int) Math.floor(k)));
            }
            case NEGATIVE_BINOMIAL -> NegativeBinomialMle.fit(sorted);
        };
    }
}
