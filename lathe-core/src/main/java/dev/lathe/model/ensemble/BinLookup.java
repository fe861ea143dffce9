package dev.lathe.model.ensemble;

/**
 * The bin of a value among a numeric feature's edges: the number of edges below it, found through a bucket table
 * instead of a binary search over all edges.
 *
 * <p>A value v falls in bucket {@code k = clamp((int) ((v - base) * scale), 0, top)}, with base the first edge and
 * {@code scale} about four buckets per edge over the edges' range. That function never decreases as v grows:
 * rounding keeps the order of a subtraction of a fixed number and of a product with a fixed positive number,
 * infinities map to infinities of the same sign, the cast to int saturates and the clamp keeps order; -0.0 and 0.0
 * give the same bucket (both subtract to the same number, or to a zero that casts to 0). Hence an edge in a lower
 * bucket than v's is below v (were it at least v its bucket would be at least v's), and an edge in a higher bucket
 * is above v. The edges being sorted, those of bucket k are {@code edges[first[k] .. first[k + 1])}, and the answer
 * is {@code first[k]} plus the number of them below v: found by the same branch-free binary search as before, now
 * over the few edges of one bucket. The result is therefore exactly the plain search's, for every value.
 *
 * <p>Infinite edges at the ends are left out of the range (the clamp puts them in the first or last bucket). When
 * the edges are not ascending (a NaN among them), have fewer than two finite ones, or the scale would not be a
 * finite positive number (a range too wide or too narrow), the table has one bucket: the search then runs over all
 * edges with the plain search's steps, so even unsorted or NaN edges give its answers.
 */
final class BinLookup {

    /** Buckets per edge, rounded up to a power of two. */
    private static final int BUCKETS_PER_EDGE = 4;

    private final double[] edges;
    private final double base;
    private final double scale;
    private final int top;
    private final char[] first;

    /** A lookup over {@code edges}, ascending (ties allowed); kept, not copied. At most 65,535 edges. */
    BinLookup(double[] edges) {
        this.edges = edges;
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
        double low = lowest < highest ? edges[lowest] : 0;
        double s = lowest < highest ? buckets / (edges[highest] - low) : 0;
        if (!(s > 0 && s < Double.POSITIVE_INFINITY) || !ascending(edges)) {
            low = 0;
            s = 0;
            buckets = 1;
        }
        base = low;
        scale = s;
        top = buckets - 1;
        first = new char[buckets + 1];
        int b = 0;
        for (int k = 0; k < buckets; k++) {
            first[k] = (char) b;
            while (b < n && bucket(edges[b]) == k) {
                b++;
            }
        }
        first[buckets] = (char) n;
    }

    /** Whether each edge is at most the next (false when one is NaN, unless it is the only one). */
    private static boolean ascending(double[] edges) {
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i - 1] <= edges[i])) {
                return false;
            }
        }
        return true;
    }

    private int bucket(double value) {
        return Math.min(Math.max((int) ((value - base) * scale), 0), top);
    }

    /** The first index b with {@code value <= edges[b]}, or the number of edges; {@code value} is not NaN. */
    int bin(double value) {
        int k = bucket(value);
        int lo = first[k];
        int n = first[k + 1] - lo;
        if (n == 0) {
            return lo;
        }
        double[] e = edges;
        while (n > 1) {
            int half = n >>> 1;
            lo = e[lo + half - 1] < value ? lo + half : lo;
            n -= half;
        }
        return e[lo] < value ? lo + 1 : lo;
    }
}
