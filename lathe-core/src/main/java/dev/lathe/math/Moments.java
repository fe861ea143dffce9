package dev.lathe.math;

/**
 * Count, sum, mean and standard deviation of the non-NaN values of an array, computed in two passes
 * (mean first, then centred squares with a correction term) so that data with a large offset, such
 * as NIST's NumAcc sets, keeps its digits.
 */
public record Moments(long count, double sum, double mean, double variance, double min, double max) {

    /** Moments of the non-NaN values in {@code values[from, to)}. */
    public static Moments of(double[] values, int from, int to) {
        long n = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double v = values[i];
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (n == 0) {
            return new Moments(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = sum / n;
        double squares = 0;
        double deviations = 0;
        for (int i = from; i < to; i++) {
            double v = values[i];
            if (!Double.isNaN(v)) {
                double d = v - mean;
                squares += d * d;
                deviations += d;
            }
        }
        // corrected two-pass formula (Chan, Golub and LeVeque 1983)
        double variance = n < 2 ? Double.NaN : (squares - deviations * deviations / n) / (n - 1);
        mean += deviations / n;
        return new Moments(n, sum, mean, variance, min, max);
    }

    /** Moments of all non-NaN values in {@code values}. */
    public static Moments of(double[] values) {
        return of(values, 0, values.length);
    }

    /** Sample standard deviation (divisor n - 1); NaN for fewer than two values. */
    public double sd() {
        return Math.sqrt(variance);
    }
}
