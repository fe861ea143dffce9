package dev.lathe.prep.transform;

import dev.lathe.math.Brent;
import java.util.function.DoubleUnaryOperator;

/**
 * The maximum-likelihood lambda of a power transform: the lambda that maximises the profile
 * log-likelihood of a normal fit to the transformed values, -n/2 ln(variance) + (lambda - 1) sum l(x).
 * Found as scipy and scikit-learn find it: Brent's method on the negative log-likelihood, starting from
 * the bracket (-2, 2).
 */
final class PowerFit {

    private PowerFit() {
    }

    /**
     * The lambda for {@code observed} (finite, non-missing values, not all equal).
     *
     * @throws ArithmeticException when the likelihood has no finite maximum
     */
    static double lambda(double[] observed, PowerFamily family) {
        int n = observed.length;
        // grouped by sign, which the likelihood does not depend on, so that the branch on the sign in
        // Yeo-Johnson is predictable (about twice as fast on large columns)
        double[] logs = new double[n];
        int nonNegative = 0;
        int negative = n;
        for (double x : observed) {
            double l = family.logScale(x);
            if (l >= 0) {
                logs[nonNegative++] = l;
            } else {
                logs[--negative] = l;
            }
        }
        double logSum = sum(logs);
        double[] transformed = new double[n];
        DoubleUnaryOperator negativeLogLikelihood = lambda -> {
            for (int i = 0; i < n; i++) {
                transformed[i] = family.fromLogScale(logs[i], lambda);
            }
            double variance = populationVariance(transformed);
            // a transform that collapses the values (or overflows) has no likelihood to offer
            if (!(variance >= Double.MIN_NORMAL) || Double.isInfinite(variance)) {
                return Double.POSITIVE_INFINITY;
            }
            return n / 2.0 * Math.log(variance) - (lambda - 1) * logSum;
        };
        return Brent.minimize(negativeLogLikelihood, -2, 2);
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    private static double populationVariance(double[] values) {
        double mean = sum(values) / values.length;
        double squares = 0;
        for (double v : values) {
            double d = v - mean;
            squares += d * d;
        }
        return squares / values.length;
    }
}
