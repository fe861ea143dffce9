package dev.lathe.math;

import java.util.Arrays;

/**
 * Sample quantiles by linear interpolation between order statistics (Hyndman and Fan type 7, the
 * default of R, NumPy and pandas): for n sorted values, quantile p sits at position (n - 1) p.
 */
public final class Quantiles {

    private Quantiles() {
    }

    /**
     * Quantile {@code p} of values already sorted ascending, without NaN.
     *
     * @param sorted ascending values; must not be empty
     * @param p      probability in [0, 1]
     */
    public static double ofSorted(double[] sorted, int length, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile probability must be in [0, 1], got " + p);
        }
        if (length == 0) {
            return Double.NaN;
        }
        double h = (length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** The non-NaN values of {@code values}, sorted ascending, in a new array. */
    public static double[] sortedWithoutNaN(double[] values) {
        double[] out = new double[values.length];
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                out[n++] = v;
            }
        }
        out = n == out.length ? out : Arrays.copyOf(out, n);
        RadixSort.sort(out);
        return out;
    }
}
