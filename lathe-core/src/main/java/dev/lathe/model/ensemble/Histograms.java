package dev.lathe.model.ensemble;

import dev.lathe.parallel.Chunks;
import dev.lathe.parallel.Parallelism;
import java.util.Arrays;

/**
 * Builds gradient histograms of a node in {@link FixedPointGradients fixed point}: for every feature and
 * bin, the sums of the rows' fixed-point words, laid out as {@code hist[((feature * BINS) + bin) * words +
 * word]} (one word when gradient, Hessian and count are packed). The node's gradients are
 * first gathered in row order, so that the passes read them sequentially. Features are taken in groups of
 * {@value #GROUP}, each group filled in one pass over the rows (the group's histograms staying in the
 * first-level cache). Large nodes are cut into pieces of rows, one per worker, with a buffer each. Integer
 * sums do not depend on their order, so neither does the result on the number of threads.
 */
final class Histograms {

    /** Nodes with fewer rows are built on the calling thread: handing them out costs more than it saves. */
    private static final int PARALLEL_ROWS = 4096;

    /** Features whose histograms are filled in one pass over a node's rows. */
    private static final int GROUP = 4;

    /** Rows per piece at least when a large node is cut into pieces. */
    private static final int PIECE_ROWS = 2048;

    private final byte[][] bins;
    private final int words;
    private final int stride;
    private final int groups;
    private final long[][] buffers;
    private final long[] ordered;

    /**
     * For the binned matrix {@code bins} ({@code bins[feature][row]}) and gradients of {@code words} longs
     * per row ({@link FixedPointGradients#words()}).
     */
    Histograms(byte[][] bins, int words) {
        this.bins = bins;
        this.words = words;
        this.stride = BinMapper.BINS * words;
        this.groups = (bins.length + GROUP - 1) / GROUP;
        this.buffers = new long[Parallelism.threads()][];
        this.ordered = new long[words * bins[0].length];
    }

    /** Longs per feature in a histogram: bin b of feature f starts at {@code f * stride() + b * words}. */
    int stride() {
        return stride;
    }

    /** A zeroed histogram for all features. */
    long[] allocate() {
        return new long[bins.length * stride];
    }

    /**
     * Fills {@code hist} from the rows {@code rows[start..end)} for the features marked in {@code used}
     * (the others are zeroed), with the tree's fixed-point gradients
     * {@code fixed}. A large node's rows are cut into one piece per worker, each piece gathered and summed
     * over all groups by one task into a buffer of its own, and the buffers are then added up: one hand-off
     * per node, and integer sums, so the result does not depend on the number of pieces.
     */
    void build(int[] rows, int start, int end, FixedPointGradients fixed, boolean[] used, long[] hist) {
        build(rows, start, end, fixed, used, hist, false);
    }

    /**
     * As {@link #build(int[], int, int, FixedPointGradients, boolean[], long[])}; {@code inOrder} tells that
     * {@code rows[i] == i} for every i in [start, end) (the root of a tree grown on all rows), so that the
     * passes read the bins and the packed words directly, without the row indices and the gather.
     */
    void build(int[] rows, int start, int end, FixedPointGradients fixed, boolean[] used, long[] hist,
               boolean inOrder) {
        int size = end - start;
        int pieces = size < PARALLEL_ROWS ? 1 : Math.max(1, Math.min(buffers.length, size / PIECE_ROWS));
        for (int c = 1; c < pieces; c++) {
            if (buffers[c] == null) {
                buffers[c] = allocate();
            }
        }
        Chunks.run(pieces, c -> {
            int from = start + (int) ((long) size * c / pieces);
            int to = start + (int) ((long) size * (c + 1) / pieces);
            long[] out = c == 0 ? hist : buffers[c];
            boolean direct = inOrder && words == 1;
            if (!direct) {
                gather(rows, from, to, fixed);
            }
            for (int q = 0; q < groups; q++) {
                if (direct && fullGroup(q, used, out)) {
                    packedGroupInOrder(q * GROUP, fixed.firstWords(), from, to, out);
                } else {
                    if (direct) {
                        gather(rows, from, to, fixed);
                        direct = false;
                    }
                    group(q, rows, from, to, used, out);
                }
            }
        });
        for (int c = 1; c < pieces; c++) {
            long[] b = buffers[c];
            for (int k = 0; k < hist.length; k++) {
                hist[k] += b[k];
            }
        }
    }

    /**
     * Copies the rows' fixed-point words into {@code ordered[words start..words end)} in the order of
     * {@code rows} (interleaved when there are two), so that the passes over the feature groups read them as
     * one sequential stream.
     */
    private void gather(int[] rows, int start, int end, FixedPointGradients fixed) {
        long[] first = fixed.firstWords();
        long[] second = fixed.secondWords();
        long[] o = ordered;
        if (second == null) {
            for (int i = start; i < end; i++) {
                o[i] = first[rows[i]];
            }
            return;
        }
        for (int i = start; i < end; i++) {
            int r = rows[i];
            o[2 * i] = first[r];
            o[2 * i + 1] = second[r];
        }
    }

    /** Zeroes the histograms of group {@code q}; tells whether it is a full group of used features. */
    private boolean fullGroup(int q, boolean[] used, long[] hist) {
        int from = q * GROUP;
        int to = Math.min(bins.length, from + GROUP);
        boolean all = to - from == GROUP;
        for (int f = from; f < to; f++) {
            Arrays.fill(hist, f * stride, (f + 1) * stride, 0L);
            all &= used[f];
        }
        return all;
    }

    /**
     * Fills the histograms of the features of group {@code q}: a full group of used features in one pass
     * over the rows, else feature by feature.
     */
    private void group(int q, int[] rows, int start, int end, boolean[] used, long[] hist) {
        int from = q * GROUP;
        int to = Math.min(bins.length, from + GROUP);
        if (!fullGroup(q, used, hist)) {
            for (int f = from; f < to; f++) {
                if (used[f]) {
                    feature(f, rows, start, end, hist);
                }
            }
        } else if (words == 1) {
            packedGroup(from, rows, start, end, hist);
        } else {
            exactGroup(from, rows, start, end, hist);
        }
    }

    /** One pass over the rows for the {@value #GROUP} features from {@code from}, one word per row. */
    private void packedGroup(int from, int[] rows, int start, int end, long[] hist) {
        long[] o = ordered;
        byte[] c0 = bins[from];
        byte[] c1 = bins[from + 1];
        byte[] c2 = bins[from + 2];
        byte[] c3 = bins[from + 3];
        int b0 = from * stride;
        int b1 = b0 + stride;
        int b2 = b1 + stride;
        int b3 = b2 + stride;
        for (int i = start; i < end; i++) {
            int r = rows[i];
            long v = o[i];
            hist[b0 + (c0[r] & 0xFF)] += v;
            hist[b1 + (c1[r] & 0xFF)] += v;
            hist[b2 + (c2[r] & 0xFF)] += v;
            hist[b3 + (c3[r] & 0xFF)] += v;
        }
    }

    /**
     * As {@link #packedGroup} for the rows {@code start..end} themselves (in order): bins and packed words
     * read directly by row.
     */
    private void packedGroupInOrder(int from, long[] words, int start, int end, long[] hist) {
        byte[] c0 = bins[from];
        byte[] c1 = bins[from + 1];
        byte[] c2 = bins[from + 2];
        byte[] c3 = bins[from + 3];
        int b0 = from * stride;
        int b1 = b0 + stride;
        int b2 = b1 + stride;
        int b3 = b2 + stride;
        for (int r = start; r < end; r++) {
            long v = words[r];
            hist[b0 + (c0[r] & 0xFF)] += v;
            hist[b1 + (c1[r] & 0xFF)] += v;
            hist[b2 + (c2[r] & 0xFF)] += v;
            hist[b3 + (c3[r] & 0xFF)] += v;
        }
    }

    /** One pass over the rows for the {@value #GROUP} features from {@code from}, two words per row. */
    private void exactGroup(int from, int[] rows, int start, int end, long[] hist) {
        long[] o = ordered;
        byte[] c0 = bins[from];
        byte[] c1 = bins[from + 1];
        byte[] c2 = bins[from + 2];
        byte[] c3 = bins[from + 3];
        int b0 = from * stride;
        int b1 = b0 + stride;
        int b2 = b1 + stride;
        int b3 = b2 + stride;
        for (int i = start; i < end; i++) {
            int r = rows[i];
            long g = o[2 * i];
            long h = o[2 * i + 1];
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

    private void feature(int f, int[] rows, int start, int end, long[] hist) {
        int base = f * stride;
        byte[] col = bins[f];
        if (words == 1) {
            for (int i = start; i < end; i++) {
                hist[base + (col[rows[i]] & 0xFF)] += ordered[i];
            }
            return;
        }
        for (int i = start; i < end; i++) {
            int k = base + ((col[rows[i]] & 0xFF) << 1);
            hist[k] += ordered[2 * i];
            hist[k + 1] += ordered[2 * i + 1];
        }
    }

    /** {@code parent - child} into {@code parent}: the sibling's histogram without a pass over its rows. */
    static void subtract(long[] parent, long[] child) {
        for (int k = 0; k < parent.length; k++) {
            parent[k] -= child[k];
        }
    }
}
