package dev.lathe.model.ensemble;

import dev.lathe.parallel.Chunks;

/**
 * A tree's gradients and Hessians in fixed point, so that histograms are sums of longs: exact, the same in
 * any order (so on any number of threads) and exact under the subtraction of a child from its parent.
 * For each tree the gradients are scaled so that the sum of their magnitudes over the tree's rows is
 * 2^61, which no partial sum can overflow, leaving each row a rounding error of at most 2^-62 of that sum
 * (for 400,000 rows about 1e-13 of the largest gradient). A row's second long holds its scaled Hessian
 * shifted left by the bits needed to count the rows, plus 1: summing it gives the Hessian sum and the
 * exact row count at once. The Hessian keeps {@code 62 - countBits} bits against the sum of the tree's
 * Hessians (for 400,000 rows about 2e-8 of the largest Hessian per row, finer than the 32-bit floats
 * scikit-learn keeps its Hessians in). Hessians must be non-negative, as they are for every loss here.
 */
final class FixedPointGradients {

    /** Rows per chunk of parallel work. */
    private static final int CHUNK = 32_768;

    private final long[] gradient;
    private final long[] hessianAndCount;
    private final int countBits;
    private final long countMask;
    private double gradientScale;
    private double hessianScale;

    /** Room for {@code n} rows (the training matrix's row count). */
    FixedPointGradients(int n) {
        this.gradient = new long[n];
        this.hessianAndCount = new long[n];
        this.countBits = 64 - Long.numberOfLeadingZeros(Math.max(1, n));
        this.countMask = (1L << countBits) - 1;
    }

    /**
     * Scales and rounds {@code g[row], h[row]} for the rows {@code rows[0..count)}, in parallel over fixed
     * chunks of rows whose partial sums are added in chunk order (so the scales do not depend on the number
     * of threads).
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
        gradientScale = a > 0 ? 0x1p61 / (a * (1 + 1e-9)) : 1;
        hessianScale = s > 0 ? Math.scalb(1.0, 61 - countBits) / (s * (1 + 1e-9)) : 1;
        double gs = gradientScale;
        double hs = hessianScale;
        Chunks.run(chunks, c -> {
            for (int i = c * CHUNK, to = Math.min(count, i + CHUNK); i < to; i++) {
                int r = rows[i];
                gradient[r] = Math.round(g[r] * gs);
                hessianAndCount[r] = (Math.round(h[r] * hs) << countBits) + 1;
            }
        });
    }

    /** The scaled gradients by row. */
    long[] gradients() {
        return gradient;
    }

    /** The scaled Hessians with the count bit, by row. */
    long[] hessiansAndCounts() {
        return hessianAndCount;
    }

    /** The gradient sum a summed fixed-point gradient stands for. */
    double gradient(long sum) {
        return sum / gradientScale;
    }

    /** The Hessian sum a summed Hessian-and-count stands for. */
    double hessian(long sum) {
        return (sum >>> countBits) / hessianScale;
    }

    /** The row count a summed Hessian-and-count holds. */
    int count(long sum) {
        return (int) (sum & countMask);
    }
}
