package dev.lathe.stats;

import dev.lathe.math.Quantiles;
import java.util.Arrays;

/**
 * Shape and dispersion statistics of a numeric sample beyond {@link ColumnSummary}. Missing values (NaN)
 * are ignored; a statistic that needs more present values than there are is NaN.
 *
 * @param count                    present values
 * @param skewness                 adjusted Fisher-Pearson skewness G1 = n sqrt(n-1) / (n-2) m3 / m2^1.5 with
 *                                 m_k the sums of centred k-th powers, as pandas {@code Series.skew()}:
 *                                 NaN below 3 values, 0 when the sum of squares is below 1e-14
 * @param excessKurtosis           bias-corrected excess kurtosis G2 as pandas {@code Series.kurt()}:
 *                                 n(n+1)(n-1) m4 / ((n-2)(n-3) m2^2) - 3 (n-1)^2 / ((n-2)(n-3)); NaN below 4
 *                                 values, 0 when the denominator is below 1e-14
 * @param medianAbsoluteDeviation  median of |x - median| without scaling (scipy
 *                                 {@code median_abs_deviation(scale=1.0)})
 * @param coefficientOfVariation   sample standard deviation (n - 1) over the mean, as pandas
 *                                 {@code s.std() / s.mean()}; NaN below 2 values or when the mean is 0
 * @param lag1Autocorrelation      NIST StRD r(1) = sum (y_i - ybar)(y_{i-1} - ybar) / sum (y_i - ybar)^2 with the
 *                                 mean and denominator over present values and the numerator over adjacent
 *                                 rows both present; NaN below 2 values or for a constant sample
 */
public record ShapeStatistics(long count, double skewness, double excessKurtosis, double medianAbsoluteDeviation,
                              double coefficientOfVariation, double lag1Autocorrelation) {

    private static final double FP_ZERO = 1e-14;

    /**
     * The statistics of {@code values} (rows in order, NaN = missing).
     *
     * @throws IllegalArgumentException if a value is infinite
     */
    public static ShapeStatistics of(double[] values) {
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("shape statistics need finite values, got " + v);
            }
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
            }
        }
        double mean = sum / n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        double lagged = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                double d = values[i] - mean;
                double d2 = d * d;
                m2 += d2;
                m3 += d2 * d;
                m4 += d2 * d2;
                if (i > 0 && !Double.isNaN(values[i - 1])) {
                    lagged += d * (values[i - 1] - mean);
                }
            }
        }
        return new ShapeStatistics(n, skewness(n, m2, m3), kurtosis(n, m2, m4), mad(values),
                n < 2 || mean == 0 ? Double.NaN : Math.sqrt(m2 / (n - 1)) / mean,
                n < 2 || m2 == 0 ? Double.NaN : lagged / m2);
    }

    private static double skewness(double n, double m2, double m3) {
        if (n < 3) {
            return Double.NaN;
        }
        double s2 = Math.abs(m2) < FP_ZERO ? 0 : m2;
        double s3 = Math.abs(m3) < FP_ZERO ? 0 : m3;
        return s2 == 0 ? 0 : n * Math.sqrt(n - 1) / (n - 2) * (s3 / Math.pow(s2, 1.5));
    }

    private static double kurtosis(double n, double m2, double m4) {
        if (n < 4) {
            return Double.NaN;
        }
        double numerator = n * (n + 1) * (n - 1) * m4;
        double denominator = (n - 2) * (n - 3) * m2 * m2;
        numerator = Math.abs(numerator) < FP_ZERO ? 0 : numerator;
        if (Math.abs(denominator) < FP_ZERO) {
            return 0;
        }
        return numerator / denominator - 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3));
    }

    private static double mad(double[] values) {
        double[] sorted = Quantiles.sortedWithoutNaN(values);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double median = Quantiles.ofSorted(sorted, sorted.length, 0.5);
        double[] deviations = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            deviations[i] = Math.abs(sorted[i] - median);
        }
        Arrays.sort(deviations);
        return Quantiles.ofSorted(deviations, deviations.length, 0.5);
    }
}
