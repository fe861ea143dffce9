package dev.lathe.tune;

import dev.lathe.math.Moments;

/**
 * Mean and standard deviation of scores over folds. The deviation divides by n, as scikit-learn's
 * {@code cv_results_} ({@code np.std}) does, so a single fold has deviation 0.
 *
 * @param mean the mean
 * @param sd   the population standard deviation
 */
public record Spread(double mean, double sd) {

    /** The spread of {@code values} (at least one). */
    public static Spread of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no scores to summarise");
        }
        Moments m = Moments.of(values);
        int n = values.length;
        return new Spread(m.mean(), n == 1 ? 0 : Math.sqrt(m.variance() * (n - 1) / n));
    }
}
