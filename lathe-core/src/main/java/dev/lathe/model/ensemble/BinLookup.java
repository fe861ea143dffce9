package dev.lathe.model.ensemble;

import java.util.Arrays;

/**
 * The bin of a value among a numeric feature's edges: the number of edges below it, found through a bucket table
 * and a few search steps instead of a binary search over all edges.
 *
 * <p>A value v falls in bucket {@code k = clamp((int) ((v - base) * scale), 0, top)}, with base the first finite edge
 * and {@code scale} four to eight buckets per edge over the finite edges' range. That function never decreases as v
 * grows: rounding keeps the order of a subtraction of a fixed number and of a product with a fixed positive number,
 * infinities map to infinities of the same sign, the cast to int saturates and the clamp keeps order; -0.0 and 0.0
 * give the same bucket (both subtract to the same number, or to a zero that casts to 0). Hence an edge in a lower
 * bucket than v's is below v (were it at least v, its bucket would be at least v's), and an edge in a higher bucket is
 * above v. The edges ascending, those of bucket k are {@code edges[first[k] .. first[k + 1])}, and the answer is
 * {@code first[k]} plus the number of them below v. It is found by a branch-free binary search over the {@code window}
 * positions from {@code first[k]}, the window being a power of two above the fullest bucket's count: past
 * {@code first[k + 1]} every edge (and the +Infinity padding after the last) is not below v, so the positions beyond
 * the bucket never count, and the result is exactly the plain search's. Within a column every value takes the same
 * number of steps, so the loop's branch is always predicted.
 *
 * <p>The plain search over all edges (the one BinMapper used before) stays for the columns where the table would
 * not save at least two steps (heavy tails, where most edges share a bucket), and for edges that are not ascending
 * (a NaN among them) or whose finite range gives no finite positive scale: there it gives the same answers by the
 * same steps.
 */
final class BinLookup {

    /** Buckets per edge at least: their count is the power of two from 4 to 8 times the number of edges. */
    private static final int BUCKETS_PER_EDGE = 4;

    /** Steps the table must save over the plain search to be used. */
    private static final int MIN_SAVING = 2;

    private final double[] edges;
    private final double base;
    private final double scale;
    private final int top;
    private final char[] first;
    private final int window;

    /** A lookup over {@code edges} (ascending, ties allowed; not changed); at most 65,535 edges. */
    BinLookup(double[] edges) {
        int n = edges.length;
        int lowest = 0;
        int highest = n - 1;
        while (lowest < n && edges[lowest] == Double.NEGATIVE_INFINITY) {
            lowest++;
        }
        while (highest >= 0 && edges[highest] == Double.POSITIVE_INFINITY) {
            highest--;
        }
        int buckets = Integer.highestOneBit(Math.max(n, 1) * BUCKETS_PER_EDGE * 2 - 1);
        base = lowest < highest ? edges[lowest] : 0;
        double s = lowest < highest ? buckets / (edges[highest] - base) : 0;
        scale = s > 0 && s < Double.POSITIVE_INFINITY && ascending(edges) ? s : 0;
        top = buckets - 1;
        char[] starts = new char[buckets + 1];
        int fullest = 0;
        int b = 0;
        for (int k = 0; k < buckets; k++) {
            starts[k] = (char) b;
            while (b < n && bucket(edges[b]) == k) {
                b++;
            }
            fullest = Math.max(fullest, b - starts[k]);
        }
        starts[buckets] = (char) n;
        window = Integer.highestOneBit(fullest * 2 + 1);
        boolean worth = scale > 0 && steps(window) + MIN_SAVING <= steps(Integer.highestOneBit(n * 2 + 1));
        first = worth ? starts : null;
        this.edges = worth ? padded(edges, window) : edges;
    }

    private static boolean ascending(double[] edges) {
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i - 1] <= edges[i])) {
                return false;
            }
        }
        return true;
    }

    /** Search steps over {@code window} (a power of two) positions. */
    private static int steps(int window) {
        return Integer.numberOfTrailingZeros(window);
    }

    /** The edges followed by {@code window - 1} copies of +Infinity, so that every window stays inside. */
    private static double[] padded(double[] edges, int window) {
        double[] out = Arrays.copyOf(edges, edges.length + window - 1);
        Arrays.fill(out, edges.length, out.length, Double.POSITIVE_INFINITY);
        return out;
    }

    private int bucket(double value) {
        return Math.min(Math.max((int) ((value - base) * scale), 0), top);
    }

    /** The first index b with {@code value <= edges[b]}, or the number of edges; {@code value} is not NaN. */
    int bin(double value) {
        double[] e = edges;
        if (first == null) {
            return plainSearch(e, value);
        }
        int lo = first[bucket(value)];
        for (int half = window >>> 1; half > 0; half >>>= 1) {
            lo = e[lo + half - 1] < value ? lo + half : lo;
        }
        return lo;
    }

    /**
     * The first index b with value <= e[b], or e.length: a binary search whose steps are conditional moves
     * rather than branches, the answer staying in [lo, lo + n]. The search BinMapper used before the table.
     */
    static int plainSearch(double[] e, double value) {
        int lo = 0;
        int n = e.length;
        if (n == 0) {
            return 0;
        }
        while (n > 1) {
            int half = n >>> 1;
            lo = e[lo + half - 1] < value ? lo + half : lo;
            n -= half;
        }
        return e[lo] < value ? lo + 1 : lo;
    }
}
