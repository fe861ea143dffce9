package dev.lathe.model.ensemble;

import dev.lathe.parallel.Chunks;
import dev.lathe.parallel.Parallelism;
import java.util.Arrays;

/**
 * Builds gradient histograms of a node: for every feature and bin, the sums of gradients and Hessians and
 * the row count, laid out as {@code hist[((feature * BINS) + bin) * 3 + {0: gradient, 1: Hessian, 2: count}]}.
 * Features are taken in groups of {@value #GROUP}, each group filled in one pass over the rows (so each row
 * index and gradient is read once for the group), the groups spread over the workers; each feature's sums
 * are taken in row order by one thread, so the result does not depend on the number of threads. Scratch
 * arrays are allocated once per fit.
 */
final class Histograms {

    /** Doubles per feature in a histogram. */
    static final int STRIDE = BinMapper.BINS * 3;

    /** Nodes with fewer rows are built on the calling thread: handing them out costs more than it saves. */
    private static final int PARALLEL_ROWS = 4096;

    /** Features whose histograms are filled in one pass over a node's rows. */
    private static final int GROUP = 4;

    private final byte[][] bins;
    private final double[] ordered;

    /** For the binned matrix {@code bins} ({@code bins[feature][row]}). */
    Histograms(byte[][] bins) {
        this.bins = bins;
        int n = bins[0].length;
        this.ordered = new double[2 * n];
    }

    /** A zeroed histogram for all features. */
    double[] allocate() {
        return new double[bins.length * STRIDE];
    }

    /**
     * Fills {@code hist} from the rows {@code rows[start..end)} for the features marked in {@code used}
     * (the others are zeroed), with per-row gradients {@code g} and Hessians {@code h}.
     */
    void build(int[] rows, int start, int end, double[] g, double[] h, boolean[] used, double[] hist) {
        double[] o = ordered;
        Parallelism.forEachIndex((end - start + PARALLEL_ROWS - 1) / PARALLEL_ROWS, c -> {
            int to = Math.min(end, start + (c + 1) * PARALLEL_ROWS);
            for (int i = start + c * PARALLEL_ROWS; i < to; i++) {
                int r = rows[i];
                o[2 * i] = g[r];
                o[2 * i + 1] = h[r];
            }
        });
        int p = bins.length;
        int groups = (p + GROUP - 1) / GROUP;
        if (end - start < PARALLEL_ROWS) {
            for (int q = 0; q < groups; q++) {
                group(q, rows, start, end, used, hist);
            }
        } else {
            Chunks.run(groups, q -> group(q, rows, start, end, used, hist));
        }
    }

    /**
     * Fills the histograms of the features of group {@code q}: a full group of used features in one pass
     * over the rows (each row index and gradient read once for all of them), else feature by feature.
     */
    private void group(int q, int[] rows, int start, int end, boolean[] used, double[] hist) {
        int from = q * GROUP;
        int to = Math.min(bins.length, from + GROUP);
        boolean all = to - from == GROUP;
        for (int f = from; f < to; f++) {
            Arrays.fill(hist, f * STRIDE, (f + 1) * STRIDE, 0.0);
            all &= used[f];
        }
        if (!all) {
            for (int f = from; f < to; f++) {
                if (used[f]) {
                    feature(f, rows, start, end, hist);
                }
            }
            return;
        }
        byte[] c0 = bins[from];
        byte[] c1 = bins[from + 1];
        byte[] c2 = bins[from + 2];
        byte[] c3 = bins[from + 3];
        int b0 = from * STRIDE;
        int b1 = b0 + STRIDE;
        int b2 = b1 + STRIDE;
        int b3 = b2 + STRIDE;
        double[] o = ordered;
        for (int i = start; i < end; i++) {
            int r = rows[i];
            double g = o[2 * i];
            double h = o[2 * i + 1];
            int k = b0 + (c0[r] & 0xFF) * 3;
            hist[k] += g;
            hist[k + 1] += h;
            hist[k + 2] += 1;
            k = b1 + (c1[r] & 0xFF) * 3;
            hist[k] += g;
            hist[k + 1] += h;
            hist[k + 2] += 1;
            k = b2 + (c2[r] & 0xFF) * 3;
            hist[k] += g;
            hist[k + 1] += h;
            hist[k + 2] += 1;
            k = b3 + (c3[r] & 0xFF) * 3;
            hist[k] += g;
            hist[k + 1] += h;
            hist[k + 2] += 1;
        }
    }

    private void feature(int f, int[] rows, int start, int end, double[] hist) {
        int base = f * STRIDE;
        byte[] col = bins[f];
        double[] o = ordered;
        for (int i = start; i < end; i++) {
            int k = base + (col[rows[i]] & 0xFF) * 3;
            hist[k] += o[2 * i];
            hist[k + 1] += o[2 * i + 1];
            hist[k + 2] += 1;
        }
    }

    /** {@code parent - child} into {@code parent}: the sibling's histogram without a pass over its rows. */
    static void subtract(double[] parent, double[] child) {
        for (int k = 0; k < parent.length; k++) {
            parent[k] -= child[k];
        }
    }
}
