package dev.lathe.monitor;

import dev.lathe.math.RadixSort;

/**
 * The first Wasserstein (earth mover's) distance between two samples, as {@code scipy.stats.wasserstein_distance}:
 * the area between their empirical distribution functions.
 */
public final class Wasserstein {

    private Wasserstein() {
    }

    /**
     * The distance between the empirical distributions of {@code a} and {@code b}.
     *
     * @param a finite values, at least one
     * @param b finite values, at least one
     */
    public static double distance(double[] a, double[] b) {
        Samples.requireNonEmpty(a, "first");
        Samples.requireNonEmpty(b, "second");
        double[] x = a.clone();
        double[] y = b.clone();
        RadixSort.sort(x);
        RadixSort.sort(y);
        double[] all = merged(x, y);
        double sum = 0;
        int i = 0;
        int j = 0;
        for (int k = 0; k < all.length - 1; k++) {
            while (i < x.length && x[i] <= all[k]) {
                i++;
            }
            while (j < y.length && y[j] <= all[k]) {
                j++;
            }
            sum += Math.abs((double) i / x.length - (double) j / y.length) * (all[k + 1] - all[k]);
        }
        return sum;
    }

    /**
     * The distance divided by the reference's standard deviation (divisor n, at least 0.001), Evidently's
     * {@code wasserstein} drift statistic.
     *
     * @param reference finite values, at least one
     * @param current   finite values, at least one
     */
    public static double normalised(double[] reference, double[] current) {
        double mean = 0;
        for (double v : reference) {
            mean += v;
        }
        mean /= reference.length;
        double ss = 0;
        for (double v : reference) {
            ss += (v - mean) * (v - mean);
        }
        return distance(reference, current) / Math.max(Math.sqrt(ss / reference.length), 0.001);
    }

    /** The two ascending arrays merged into one ascending array. */
    private static double[] merged(double[] x, double[] y) {
        double[] all = new double[x.length + y.length];
        int i = 0;
        int j = 0;
        for (int k = 0; k < all.length; k++) {
            all[k] = j >= y.length || (i < x.length && x[i] <= y[j]) ? x[i++] : y[j++];
        }
        return all;
    }
}
