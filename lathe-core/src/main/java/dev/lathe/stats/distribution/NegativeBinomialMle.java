package dev.lathe.stats.distribution;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.gamma.RegularizedBeta;
import org.apache.commons.numbers.gamma.Trigamma;

/**
 * Maximum-likelihood negative binomial parameters for counts, in scipy's {@code nbinom(n, p)} form
 * P(k) = Gamma(k + r) / (Gamma(r) k!) p^r (1 - p)^k, r > 0 real: the mean r (1 - p) / p equals the sample
 * mean, and r solves sum digamma(x_i + r) - n digamma(r) + n log(r / (r + mean)) = 0. A finite solution
 * exists exactly when the variance (divisor n) exceeds the mean (Anscombe 1950); otherwise the likelihood
 * keeps rising towards the Poisson limit r -> infinity.
 */
final class NegativeBinomialMle {

    private NegativeBinomialMle() {
    }

    /** Whether {@code x} (non-negative integers) is over-dispersed: variance (divisor n) above the mean. */
    static boolean overDispersed(double[] x) {
        double mean = Sample.mean(x);
        return Sample.sumOfSquares(x, mean) / x.length > mean;
    }

    /** r and p for over-dispersed non-negative integer {@code x}. */
    static Estimate fit(double[] x) {
        int n = x.length;
        double mean = Sample.mean(x);
        double variance = Sample.sumOfSquares(x, mean) / n;
        double guess = mean * mean / (variance - mean);
        double r = Root.positive(t -> {
            double s = n * (Math.log(t / (t + mean)) - Digamma.value(t));
            for (double v : x) {
                s += Digamma.value(v + t);
            }
            return s;
        }, t -> {
            double s = n * (mean / (t * (t + mean)) - Trigamma.value(t));
            for (double v : x) {
                s += Trigamma.value(v + t);
            }
            return s;
        }, guess);
        double p = r / (r + mean);
        double logP = Math.log(p);
        double log1mP = Math.log(mean / (r + mean));
        double logGammaR = LogGamma.value(r);
        return new Estimate(new double[] {r, p},
                k -> LogGamma.value(k + r) - logGammaR - LogGamma.value(k + 1) + r * logP + k * log1mP,
                k -> k < 0 ? 0 : RegularizedBeta.value(p, r, Math.floor(k) + 1));
    }
}
