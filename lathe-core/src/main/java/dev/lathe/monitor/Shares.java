package dev.lathe.monitor;

import dev.lathe.math.Quantiles;
import java.util.Arrays;
import java.util.TreeSet;

/**
 * The reference's and the current sample's shares of the same bins, the input of the divergences. Empty bins are
 * filled as Evidently's {@code get_binned_data(..., feel_zeroes=True)} does: with 0.0001, or with a millionth of
 * the smallest non-zero share when that is at most 0.0001, so that logarithms stay finite.
 *
 * @param reference the reference's share per bin
 * @param current   the current sample's share per bin
 */
public record Shares(double[] reference, double[] current) {

    /** Evidently's default number of equal-width bins for numeric columns. */
    public static final int DEFAULT_BINS = 30;

    /** Above this many distinct reference values a numeric column is binned; at or below, each value is a bin. */
    private static final int MAX_VALUES_AS_BINS = 20;

    /** Checks the two arrays have one share per bin each. */
    public Shares {
        if (reference.length != current.length || reference.length == 0) {
            throw new IllegalArgumentException("shares need the same bins, at least one, in both samples; got "
                    + reference.length + " and " + current.length);
        }
    }

    /**
     * Evidently's binning of numeric values: when the reference has more than 20 distinct values, {@code bins}
     * equal-width bins over the range of both samples together ({@code numpy.histogram_bin_edges}, each bin
     * [a, b) but the last [a, b]); otherwise one bin per value seen in either sample.
     *
     * @param reference finite reference values, at least one
     * @param current   finite current values, at least one
     * @param bins      number of equal-width bins, at least 1 [30]
     */
    public static Shares numeric(double[] reference, double[] current, int bins) {
        Samples.requireNonEmpty(reference, "reference");
        Samples.requireNonEmpty(current, "current");
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, got " + bins);
        }
        reference = Samples.sortedCopy(reference);
        current = Samples.sortedCopy(current);
        if (Arrays.stream(reference).distinct().count() <= MAX_VALUES_AS_BINS) {
            TreeSet<Double> values = new TreeSet<>();
            Arrays.stream(reference).forEach(values::add);
            Arrays.stream(current).forEach(values::add);
            double[] keys = values.stream().mapToDouble(Double::doubleValue).toArray();
            return filled(valueShares(reference, keys), valueShares(current, keys));
        }
        double lo = Math.min(Arrays.stream(reference).min().getAsDouble(), Arrays.stream(current).min().getAsDouble());
        double hi = Math.max(Arrays.stream(reference).max().getAsDouble(), Arrays.stream(current).max().getAsDouble());
        double[] edges = new double[bins + 1];
        double step = (hi - lo) / bins;
        for (int i = 0; i < bins; i++) {
            edges[i] = i * step + lo;
        }
        edges[bins] = hi;
        return filled(binShares(reference, edges), binShares(current, edges));
    }

    /**
     * Bins at the reference's deciles (linear interpolation, as {@code numpy.quantile}; repeated deciles merged),
     * the customary bins of the population stability index: ten bins [d_i, d_i+1) with open outer ends, as
     * {@code numpy.digitize(values, deciles)}.
     *
     * @param reference finite reference values, at least one
     * @param current   finite current values, at least one
     */
    public static Shares referenceDeciles(double[] reference, double[] current) {
        Samples.requireNonEmpty(reference, "reference");
        Samples.requireNonEmpty(current, "current");
        double[] sorted = reference.clone();
        Arrays.sort(sorted);
        double[] deciles = new double[9];
        for (int i = 1; i <= 9; i++) {
            deciles[i - 1] = Quantiles.ofSorted(sorted, sorted.length, i / 10.0);
        }
        double[] edges = Arrays.stream(deciles).distinct().toArray();
        return filled(digitized(reference, edges), digitized(current, edges));
    }

    /**
     * Shares from counts of the same categories (same order): each count over its sample's total.
     *
     * @param reference reference count per category, non-negative with a positive total
     * @param current   current count per category, non-negative with a positive total
     */
    public static Shares ofCounts(long[] reference, long[] current) {
        return filled(countShares(reference), countShares(current));
    }

    private static double[] countShares(long[] counts) {
        double total = Arrays.stream(counts).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("counts must have a positive total");
        }
        return Arrays.stream(counts).mapToDouble(c -> c / total).toArray();
    }

    private static double[] valueShares(double[] values, double[] keys) {
        double[] shares = new double[keys.length];
        for (double v : values) {
            shares[Arrays.binarySearch(keys, v)] += 1.0 / values.length;
        }
        return shares;
    }

    private static double[] binShares(double[] values, double[] edges) {
        int bins = edges.length - 1;
        long[] counts = new long[bins];
        for (double v : values) {
            int i = upperBound(edges, v) - 1;
            counts[Math.min(i, bins - 1)]++;
        }
        return Arrays.stream(counts).mapToDouble(c -> (double) c / values.length).toArray();
    }

    private static double[] digitized(double[] values, double[] edges) {
        long[] counts = new long[edges.length + 1];
        for (double v : values) {
            counts[upperBound(edges, v)]++;
        }
        return Arrays.stream(counts).mapToDouble(c -> (double) c / values.length).toArray();
    }

    /** The number of edges at or below {@code v}. */
    private static int upperBound(double[] edges, double v) {
        int lo = 0;
        int hi = edges.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Shares of the same bins with empty bins filled (see the class comment). */
    static Shares filled(double[] reference, double[] current) {
        return new Shares(fillZeros(reference), fillZeros(current));
    }

    private static double[] fillZeros(double[] shares) {
        double smallest = Arrays.stream(shares).filter(s -> s != 0).min().orElse(1);
        double fill = smallest <= 0.0001 ? smallest / 1e6 : 0.0001;
        return Arrays.stream(shares).map(s -> s == 0 ? fill : s).toArray();
    }
}
