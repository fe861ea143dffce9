package dev.lathe.stats;

import dev.lathe.math.Quantiles;
import dev.lathe.math.ShortestDecimal;
import java.math.BigDecimal;

/**
 * Moments, shape and dispersion statistics of a numeric sample, all from one pass for the mean and one
 * pass over the deviations from it. Missing values (NaN) are ignored; a statistic that needs more present
 * values than there are is NaN.
 *
 * <p>Two ways to compute ({@link #of(double[])} and {@link #ofDecimal(double[])}): the default works on the
 * doubles as they are, with the corrected two-pass formulas (Chan, Golub and LeVeque 1983), and reaches
 * about 13 correct digits unless the data sit on a large offset relative to their spread. Then the binary
 * representation of the data is the limit: {@code 10000000.2} is stored as {@code 10000000.19999999925...},
 * an error of 7e-10 against a spread of 0.1, so NIST StRD NumAcc4 gets only about 8 correct digits of its
 * standard deviation. The decimal way takes each value as the decimal it was read from
 * ({@link ShortestDecimal}: exact for data written with at most 15 significant digits), subtracts a
 * decimal center (the median, within one standard deviation of the mean) exactly and rounds each
 * deviation once; the moments of those deviations then keep the digits of the spread. It costs a few
 * operations per value on short decimals: on a million values with a few decimals it about doubles the
 * time of a summary (whose sort dominates); values needing 16 or 17 digits take a slower BigDecimal path.
 *
 * @param count                    present values
 * @param mean                     arithmetic mean
 * @param standardDeviation        sample standard deviation (divisor n - 1); NaN below 2 values
 * @param skewness                 adjusted Fisher-Pearson skewness G1 = n sqrt(n-1) / (n-2) m3 / m2^1.5 with
 *                                 m_k the sums of centred k-th powers, as pandas {@code Series.skew()}:
 *                                 NaN below 3 values, 0 when the sum of squares is below 1e-14
 * @param excessKurtosis           bias-corrected excess kurtosis G2 as pandas {@code Series.kurt()}:
 *                                 n(n+1)(n-1) m4 / ((n-2)(n-3) m2^2) - 3 (n-1)^2 / ((n-2)(n-3)); NaN below 4
 *                                 values, 0 when the denominator is below 1e-14
 * @param medianAbsoluteDeviation  median of |x - median| without scaling (scipy
 *                                 {@code median_abs_deviation(scale=1.0)}), from the doubles in both ways
 * @param coefficientOfVariation   sample standard deviation (n - 1) over the mean, as pandas
 *                                 {@code s.std() / s.mean()}; NaN below 2 values or when the mean is 0
 * @param lag1Autocorrelation      NIST StRD r(1) = sum (y_i - ybar)(y_{i-1} - ybar) / sum (y_i - ybar)^2 with the
 *                                 mean and denominator over present values and the numerator over adjacent
 *                                 rows both present; NaN below 2 values or for a constant sample
 */
public record ShapeStatistics(long count, double mean, double standardDeviation, double skewness,
                              double excessKurtosis, double medianAbsoluteDeviation, double coefficientOfVariation,
                              double lag1Autocorrelation) {

    private static final double FP_ZERO = 1e-14;

    /**
     * The statistics of {@code values} (rows in order, NaN = missing), from the doubles as they are.
     *
     * @throws IllegalArgumentException if a value is infinite
     */
    public static ShapeStatistics of(double[] values) {
        return of(values, sortedFinite(values));
    }

    /**
     * As {@link #of(double[])}, with every value taken as its shortest decimal and the deviations from the
     * mean computed exactly in decimal (see the class comment): slower, and exact to about 15 digits for
     * data read from text, whatever their offset.
     *
     * @throws IllegalArgumentException if a value is infinite
     */
    public static ShapeStatistics ofDecimal(double[] values) {
        return ofDecimal(values, sortedFinite(values));
    }

    /** {@link #of(double[])} given the present values already sorted ascending (no NaN, no infinity). */
    static ShapeStatistics of(double[] values, double[] sorted) {
        return compute(values, sorted, BigDecimal.ZERO);
    }

    /** {@link #ofDecimal(double[])} given the present values already sorted ascending. */
    static ShapeStatistics ofDecimal(double[] values, double[] sorted) {
        if (sorted.length == 0) {
            return compute(values, sorted, BigDecimal.ZERO);
        }
        // the median is a data value, as short a decimal as the data, and within one sd of the mean
        BigDecimal center = ShortestDecimal.of(sorted[sorted.length / 2]);
        return compute(ShortestDecimal.deviations(values, center), sorted, center);
    }

    /** The statistics of {@code shifted} = values - shift (the shift is added back to the mean only). */
    private static ShapeStatistics compute(double[] shifted, double[] sorted, BigDecimal shift) {
        int n = 0;
        double sum = 0;
        for (double v : shifted) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
            }
        }
        double rough = sum / n;
        double deviations = 0;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        double lagged = 0;
        for (int i = 0; i < shifted.length; i++) {
            if (!Double.isNaN(shifted[i])) {
                double d = shifted[i] - rough;
                double d2 = d * d;
                deviations += d;
                m2 += d2;
                m3 += d2 * d;
                m4 += d2 * d2;
                if (i > 0 && !Double.isNaN(shifted[i - 1])) {
                    lagged += d * (shifted[i - 1] - rough);
                }
            }
        }
        // corrected two-pass formula (Chan, Golub and LeVeque 1983) for the mean and the sum of squares
        m2 -= deviations * deviations / n;
        double shiftedMean = rough + deviations / n;
        double mean = shift.signum() == 0 || n == 0 ? shiftedMean
                : shift.add(new BigDecimal(shiftedMean)).doubleValue();
        double sd = n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1));
        return new ShapeStatistics(n, mean, sd, skewness(n, m2, m3), kurtosis(n, m2, m4), mad(sorted),
                n < 2 || mean == 0 ? Double.NaN : sd / mean,
                n < 2 || m2 == 0 ? Double.NaN : lagged / m2);
    }

    private static double[] sortedFinite(double[] values) {
        for (double v : values) {
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("shape statistics need finite values, got " + v);
            }
        }
        return Quantiles.sortedWithoutNaN(values);
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

    /**
     * Median of |x - median| without a second sort: the deviations below and above the median are each
     * already ordered in {@code sorted}, so walking outwards from the median visits them in ascending order.
     */
    private static double mad(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double median = Quantiles.ofSorted(sorted, n, 0.5);
        int above = lowerBound(sorted, median);
        int below = above - 1;
        double h = (n - 1) * 0.5;
        int k = (int) h;
        double kth = 0;
        double next = 0;
        for (int r = 0; r <= Math.min(k + 1, n - 1); r++) {
            double d;
            if (below < 0 || (above < n && sorted[above] - median <= median - sorted[below])) {
                d = sorted[above++] - median;
            } else {
                d = median - sorted[below--];
            }
            if (r == k) {
                kth = d;
            } else if (r == k + 1) {
                next = d;
            }
        }
        return h == k ? kth : kth + (h - k) * (next - kth);
    }

    /** First index whose value is at least {@code key}. */
    private static int lowerBound(double[] sorted, double key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
