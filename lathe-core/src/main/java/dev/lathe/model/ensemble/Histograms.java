package dev.lathe.model.ensemble;

import dev.lathe.parallel.Chunks;
import java.util.Arrays;

/**
 * Builds gradient histograms of a node in {@link FixedPointGradients fixed point}: for every feature and
 * bin, the summed scaled gradient and the summed scaled Hessian with the row count, laid out as
 * {@code hist[((feature * BINS) + bin) * 2 + {0: gradient, 1: Hessian and count}]}. Features are taken in
 * groups of {@value #GROUP}, each group filled in one pass over the rows (each row index and gradient read
 * once for the group, the group's histograms staying in the first-level cache), the groups spread over the
 * workers. Integer sums do not depend on their order, so neither does the result on the number of threads.
 */
final class Histograms {

    /** Longs per feature in a histogram. */
    static final int STRIDE = BinMapper.BINS * 2;

    /** Nodes with fewer rows are built on the calling thread: handing them out costs more than it saves. */
    private static final int PARALLEL_ROWS = 4096;

    /** Features whose histograms are filled in one pass over a node's rows. */
    private static final int GROUP = 4;

    private final byte[][] bins;

    /** For the binned matrix {@code bins} ({@code bins[feature][row]}). */
    Histograms(byte[][] bins) {
        this.bins = bins;
    }

    /** A zeroed histogram for all features. */
    long[] allocate() {
        return new long[bins.length * STRIDE];
    }

    /**
     * Fills {@code hist} from the rows {@code rows[start..end)} for the features marked in {@code used}
     * (the others are zeroed), with the tree's fixed-point gradients {@code fixed}.
     */
    void build(int[] rows, int start, int end, FixedPointGradients fixed, boolean[] used, long[] hist) {
        int groups = (bins.length + GROUP - 1) / GROUP;
        if (end - start < PARALLEL_ROWS) {
            for (int q = 0; q < groups; q++) {
                group(q, rows, start, end, fixed, used, hist);
            }
        } else {
            Chunks.run(groups, q -> group(q, rows, start, end, fixed, used, hist));
        }
    }

    /**
     * Fills the histograms of the features of group {@code q}: a full group of used features in one pass
     * over the rows, else feature by feature.
     */
    private void group(int q, int[] rows, int start, int end, FixedPointGradients fixed, boolean[] used,
                       long[] hist) {
        int from = q * GROUP;
        int to = Math.min(bins.length, from + GROUP);
        boolean all = to - from == GROUP;
        for (int f = from; f < to; f++) {
            Arrays.fill(hist, f * STRIDE, (f + 1) * STRIDE, 0L);
            all &= used[f];
        }
        long[] gs = fixed.gradients();
        long[] hs = fixed.hessiansAndCounts();
        if (!all) {
            for (int f = from; f < to; f++) {
                if (used[f]) {
                    feature(f, rows, start, end, gs, hs, hist);
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
        for (int i = start; i < end; i++) {
            int r = rows[i];
            long g = gs[r];
            long h = hs[r];
            int k = b0 + ((c0[r] & 0xFF) << 1);
            hist[k] += g;
            hist[k + 1] += h;
            k = b1 + ((c1[r] & 0xFF) << 1);
            hist[k] += g;
            hist[k + 1] += h;
            k = b2 + ((c2[r] & 0xFF) << 1);
            hist[k] += g;
            hist[k + 1] += h;
            k = b3 + ((c3[r] & 0xFF) << 1);
            hist[k] += g;
            hist[k + 1] += h;
        }
    }

    private void feature(int f, int[] rows, int start, int end, long[] gs, long[] hs, long[] hist) {
        int base = f * STRIDE;
        byte[] col = bins[f];
        for (int i = start; i < end; i++) {
            int r = rows[i];
            int k = base + ((col[r] & 0xFF) << 1);
            hist[k] += gs[r];
            hist[k + 1] += hs[r];
        }
    }

    /** {@code parent - child} into {@code parent}: the sibling's histogram without a pass over its rows. */
    static void subtract(long[] parent, long[] child) {
        for (int k = 0; k < parent.length; k++) {
            parent[k] -= child[k];
        }
    }
}
