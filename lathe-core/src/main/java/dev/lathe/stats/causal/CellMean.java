package dev.lathe.stats.causal;

/**
 * The mean of one group in one period with its standard error.
 *
 * @param mean     the sample mean
 * @param stdError the sample standard deviation (n - 1) over sqrt(n)
 * @param n        the number of observations (at least 2)
 */
public record CellMean(double mean, double stdError, int n) {

    /** The mean and standard error of {@code values} (at least two). */
    static CellMean of(double[] values) {
        int n = values.length;
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return new CellMean(mean, Math.sqrt(ss / (n - 1) / n), n);
    }
}
