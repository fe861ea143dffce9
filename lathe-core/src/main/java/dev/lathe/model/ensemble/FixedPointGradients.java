package dev.lathe.model.ensemble;

import dev.lathe.parallel.Chunks;

/**
 * A tree's gradients and Hessians in fixed point, so that histograms are sums of longs: the same in any
 * order (so on any number of threads) and exact under the subtraction of a child from its parent. A row
 * holds {@link #words()} longs; a histogram bin holds their sums, read back through {@link #gradient},
 * {@link #hessian} and {@link #count} (the second word is 0 when there is one).
 *
 * <p><b>Packed</b> (one word, used when the fit's rows leave enough room): gradient, Hessian and the row
 * count share one long, from the top: the gradient (signed), the Hessian, the count (a 1 per row). Each
 * tree scales its gradients so that their magnitudes sum to just under the gradient field's range, and its
 * Hessians likewise, then rounds each row stochastically (up with probability equal to the fraction, from a
 * hash of the row and the tree, so unbiased and the same on any number of threads): no field can overflow
 * into the next, and a histogram cell is one add. This is LightGBM's quantised training (Shi et al. 2022)
 * with the count folded in; for 400,000 rows a row's gradient keeps about ten levels on average. Only split
 * finding sees the rounded sums: leaf values are computed from the exact gradients of the leaf's rows.
 *
 * <p><b>Exact</b> (two words, for more rows): the gradients are scaled so that their magnitudes sum to
 * 2^61 (a row's rounding error at most 2^-62 of that sum); the second word is the scaled Hessian shifted
 * left by the bits needed to count the rows, plus 1. Hessians must be non-negative, as they are for every
 * loss here.
 */
final class FixedPointGradients {

    /** Rows per chunk of parallel work. */
    private static final int CHUNK = 32_768;

    /** Least mean number of rounding levels per row, in both the gradient and the Hessian, to pack. */
    private static final int MIN_LEVELS = 8;

    private final long[] first;
    private final long[] second;
    private final int countBits;
    private final long countMask;
    private final boolean packed;
    private final int hessianBits;
    private final long seed;
    private int tree;
    private double gradientScale;
    private double hessianScale;
    private double gradientUnit;
    private double hessianUnit;
    private long totalFirst;
    private long totalSecond;

    /**
     * Room for {@code n} rows (the training matrix's row count); {@code seed} seeds the stochastic rounding;
     * {@code quantize} false keeps the exact two words whatever {@code n}.
     */
    FixedPointGradients(int n, long seed, boolean quantize) {
        this.countBits = 64 - Long.numberOfLeadingZeros(Math.max(1, n));
        this.countMask = (1L << countBits) - 1;
        int room = 64 - countBits;
        this.hessianBits = room / 2;
        long levels = ((1L << (room - hessianBits - 1)) - n) / Math.max(1, n);
        this.packed = quantize && levels >= MIN_LEVELS && ((1L << hessianBits) - n) / Math.max(1, n) >= MIN_LEVELS;
        this.first = new long[n];
        this.second = packed ? null : new long[n];
        this.seed = seed;
    }

    /** Longs per row and per histogram bin: 1 when packed, else 2. */
    int words() {
        return packed ? 1 : 2;
    }

    /**
     * Scales and rounds {@code g[row], h[row]} for the rows {@code rows[0..count)} (the next tree's), in
     * parallel over fixed chunks of rows whose partial sums are added in chunk order (so the scales do not
     * depend on the number of threads).
     */
    void quantize(int[] rows, int count, double[] g, double[] h) {
        int chunks = (count + CHUNK - 1) / CHUNK;
        double[] absG = new double[chunks];
        double[] sumH = new double[chunks];
        Chunks.run(chunks, c -> {
            double a = 0;
            double s = 0;
            for (int i = c * CHUNK, to = Math.min(count, i + CHUNK); i < to; i++) {
                int r = rows[i];
                a += Math.abs(g[r]);
                s += h[r];
            }
            absG[c] = a;
            sumH[c] = s;
        });
        double a = 0;
        double s = 0;
        for (int c = 0; c < chunks; c++) {
            a += absG[c];
            s += sumH[c];
        }
        long[] firsts = new long[chunks];
        long[] seconds = new long[chunks];
        if (packed) {
            int gradientBits = 64 - countBits - hessianBits;
            gradientScale = a > 0 ? ((1L << (gradientBits - 1)) - 1 - count) / (a * (1 + 1e-9)) : 1;
            hessianScale = s > 0 ? ((1L << hessianBits) - 1 - count) / (s * (1 + 1e-9)) : 1;
            long treeSeed = mix(seed + 0x9E3779B97F4A7C15L * ++tree);
            Chunks.run(chunks, c -> firsts[c] = pack(rows, c * CHUNK, Math.min(count, (c + 1) * CHUNK), g, h,
                    treeSeed));
        } else {
            gradientScale = a > 0 ? 0x1p61 / (a * (1 + 1e-9)) : 1;
            hessianScale = s > 0 ? Math.scalb(1.0, 61 - countBits) / (s * (1 + 1e-9)) : 1;
            Chunks.run(chunks, c -> {
                long f = 0;
                long t = 0;
                for (int i = c * CHUNK, to = Math.min(count, i + CHUNK); i < to; i++) {
                    int r = rows[i];
                    first[r] = Math.round(g[r] * gradientScale);
                    second[r] = (Math.round(h[r] * hessianScale) << countBits) + 1;
                    f += first[r];
                    t += second[r];
                }
                firsts[c] = f;
                seconds[c] = t;
            });
        }
        gradientUnit = 1 / gradientScale;
        hessianUnit = 1 / hessianScale;
        totalFirst = 0;
        totalSecond = 0;
        for (int c = 0; c < chunks; c++) {
            totalFirst += firsts[c];
            totalSecond += seconds[c];
        }
    }

    /** Packs the rows {@code rows[from..to)} with stochastic rounding; returns their packed sum. */
    private long pack(int[] rows, int from, int to, double[] g, double[] h, long treeSeed) {
        double gs = gradientScale;
        double hs = hessianScale;
        int shift = countBits + hessianBits;
        long sum = 0;
        for (int i = from; i < to; i++) {
            int r = rows[i];
            long z = mix(treeSeed ^ r);
            long qg = (long) Math.floor(g[r] * gs + (z >>> 32) * 0x1p-32);
            long qh = (long) Math.floor(h[r] * hs + (z & 0xFFFF_FFFFL) * 0x1p-32);
            long v = (qg << shift) + (qh << countBits) + 1;
            first[r] = v;
            sum += v;
        }
        return sum;
    }

    /** SplitMix64's finaliser: a well-mixed 64-bit hash of {@code z}. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The first word of each row (the packed row, or the scaled gradient). */
    long[] firstWords() {
        return first;
    }

    /** The second word of each row (the scaled Hessian with the count bit); null when packed. */
    long[] secondWords() {
        return second;
    }

    /** The first word summed over the last quantised rows. */
    long totalFirst() {
        return totalFirst;
    }

    /** The second word summed over the last quantised rows (0 when packed). */
    long totalSecond() {
        return totalSecond;
    }

    /** The gradient sum that summed words {@code a, b} stand for. */
    double gradient(long a, long b) {
        return (packed ? a >> (countBits + hessianBits) : a) * gradientUnit;
    }

    /** The Hessian sum that summed words {@code a, b} stand for. */
    double hessian(long a, long b) {
        return (packed ? (a >>> countBits) & ((1L << hessianBits) - 1) : b >>> countBits) * hessianUnit;
    }

    /** The row count that summed words {@code a, b} hold. */
    int count(long a, long b) {
        return (int) ((packed ? a : b) & countMask);
    }
}
