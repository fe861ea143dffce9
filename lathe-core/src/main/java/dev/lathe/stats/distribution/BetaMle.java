package dev.lathe.stats.distribution;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.Trigamma;
import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * Maximum-likelihood beta parameters on [0, 1] (location 0, scale 1): Newton's method on the likelihood
 * equations digamma(a) - digamma(a + b) = mean(log x), digamma(b) - digamma(a + b) = mean(log(1 - x)),
 * started from the method-of-moments estimates and halving any step that leaves the positive quadrant or
 * lowers the (concave) log-likelihood.
 */
final class BetaMle {

    private static final int MAX_ITERATIONS = 200;
    private static final int MAX_HALVINGS = 60;

    private BetaMle() {
    }

    /** Shapes a and b for {@code x} in (0, 1), not all equal. */
    static Estimate fit(double[] x) {
        int n = x.length;
        double logX = 0;
        double log1mX = 0;
        for (double v : x) {
            logX += Math.log(v);
            log1mX += Math.log1p(-v);
        }
        double l1 = logX / n;
        double l2 = log1mX / n;
        double mean = Sample.mean(x);
        double variance = Sample.sumOfSquares(x, mean) / n;
        double common = mean * (1 - mean) / variance - 1;
        double a = common > 0 ? mean * common : 1;
        double b = common > 0 ? (1 - mean) * common : 1;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double dab = Digamma.value(a + b);
            double g1 = l1 - Digamma.value(a) + dab;
            double g2 = l2 - Digamma.value(b) + dab;
            double tab = Trigamma.value(a + b);
            // the negated Hessian per observation, positive definite
            double h11 = Trigamma.value(a) - tab;
            double h22 = Trigamma.value(b) - tab;
            double h12 = -tab;
            double det = h11 * h22 - h12 * h12;
            double da = (h22 * g1 - h12 * g2) / det;
            double db = (h11 * g2 - h12 * g1) / det;
            double before = logLikelihood(a, b, l1, l2);
            double step = 1;
            int halvings = 0;
            while (halvings < MAX_HALVINGS && (a + step * da <= 0 || b + step * db <= 0
                    || logLikelihood(a + step * da, b + step * db, l1, l2) < before)) {
                step /= 2;
                halvings++;
            }
            if (halvings == MAX_HALVINGS) {
                break;
            }
            a += step * da;
            b += step * db;
            if (Math.abs(step * da) <= 4 * Math.ulp(a) && Math.abs(step * db) <= 4 * Math.ulp(b)) {
                break;
            }
        }
        BetaDistribution d = BetaDistribution.of(a, b);
        return new Estimate(new double[] {a, b}, d::logDensity, d::cumulativeProbability);
    }

    /** The log-likelihood per observation. */
    private static double logLikelihood(double a, double b, double l1, double l2) {
        return (a - 1) * l1 + (b - 1) * l2 - LogBeta.value(a, b);
    }
}
