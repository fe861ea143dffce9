package dev.lathe.model.tree;

import java.util.Arrays;

/**
 * Features coded once per fit as ordered bins, so that split search works on small integers. With no bin
 * limit every distinct value is its own bin and splits are exact (CART); with a limit, consecutive
 * distinct values are grouped into at most that many bins of about equal row counts (histogram
 * splitting). A split "code <= c" becomes a threshold by {@link #cut}.
 */
final class Binned {

    /** {@code codes[j][i]}: the bin of row i in feature j, or -1 when the value is missing. */
    final int[][] codes;
    private final double[][] low;
    private final double[][] high;

    private Binned(int[][] codes, double[][] low, double[][] high) {
        this.codes = codes;
        this.low = low;
        this.high = high;
    }

    /**
     * Bins column-major features.
     *
     * @param columns {@code columns[j][i]}, NaN for missing
     * @param maxBins at most this many bins per feature (2..65535), or 0 for one bin per distinct value
     */
    static Binned of(double[][] columns, int maxBins) {
        int p = columns.length;
        int[][] codes = new int[p][];
        double[][] low = new double[p][];
        double[][] high = new double[p][];
        for (int j = 0; j < p; j++) {
            double[] v = columns[j];
            double[] sorted = Arrays.stream(v).filter(d -> !Double.isNaN(d)).sorted().toArray();
            int distinct = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    distinct++;
                }
            }
            double[] values = new double[distinct];
            int[] firstIndex = new int[distinct];
            for (int i = 0, d = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    values[d] = sorted[i];
                    firstIndex[d++] = i;
                }
            }
            int[] binOfValue = group(firstIndex, sorted.length, maxBins);
            int bins = distinct == 0 ? 0 : binOfValue[distinct - 1] + 1;
            low[j] = new double[bins];
            high[j] = new double[bins];
            for (int d = distinct - 1; d >= 0; d--) {
                low[j][binOfValue[d]] = values[d];
            }
            for (int d = 0; d < distinct; d++) {
                high[j][binOfValue[d]] = values[d];
            }
            int[] c = new int[v.length];
            for (int i = 0; i < v.length; i++) {
                c[i] = Double.isNaN(v[i]) ? -1 : binOfValue[Arrays.binarySearch(values, v[i])];
            }
            codes[j] = c;
        }
        return new Binned(codes, low, high);
    }

    /** Bin of each distinct value: itself when they fit, else groups of about rows / maxBins rows. */
    private static int[] group(int[] firstIndex, int rows, int maxBins) {
        int distinct = firstIndex.length;
        int[] bin = new int[distinct];
        if (maxBins == 0 || distinct <= maxBins) {
            Arrays.setAll(bin, d -> d);
            return bin;
        }
        int b = 0;
        for (int d = 1; d < distinct; d++) {
            long target = (long) rows * (b + 1) / maxBins;
            if (firstIndex[d] >= target && b < maxBins - 1) {
                b++;
            }
            bin[d] = b;
        }
        return bin;
    }

    /** Number of features. */
    int features() {
        return codes.length;
    }

    /** Number of bins of feature j. */
    int bins(int j) {
        return low[j].length;
    }

    /** Smallest value in bin c of feature j. */
    double low(int j, int c) {
        return low[j][c];
    }

    /** Largest value in bin c of feature j. */
    double high(int j, int c) {
        return high[j][c];
    }

    /** The last bin in [from, to] whose largest value is at most {@code t} ({@code from} when none is). */
    int lastAtMost(int j, double t, int from, int to) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (high[j][mid] <= t) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * The threshold between bin c and a higher bin {@code next} (the next one a node holds), by
     * scikit-learn's rule: the midpoint of the largest value of c and the smallest of {@code next}.
     */
    double cut(int j, int c, int next) {
        double a = high[j][c];
        double b = low[j][next];
        double mid = a / 2.0 + b / 2.0;
        return mid == b || Double.isInfinite(mid) ? a : mid;
    }
}
