package dev.lathe.model.ensemble;

import dev.lathe.parallel.Chunks;
import dev.lathe.parallel.Parallelism;
import java.util.Arrays;

/**
 * Builds gradient histograms of a node in {@link FixedPointGradients fixed point}: for every feature and
 * bin, the sums of the rows' fixed-point words, laid out as {@code hist[((feature * BINS) + bin) * words +
 * word]} (one word when gradient, Hessian and count are packed). The node's rows are taken in blocks of
 * {@value #BLOCK}: a block's gradients are gathered in row order, then every group of {@value #GROUP}
 * features is filled in one pass over the block, so that the block's row indices and gradients are read
 * from the second-level cache by all groups instead of from memory by each. Sums go to one array per
 * feature, copied into {@code hist} at the end. Large nodes are cut into pieces of rows, one per worker,
 * each with arrays of its own, added into {@code hist} at the end. Integer sums do not depend on their
 * order, so neither does the result on the number of threads.
 */
final class Histograms {

    /** Nodes with fewer rows are built on the calling thread: handing them out costs more than it saves. */
    private static final int PARALLEL_ROWS = 1024;

    /** Features whose histograms are filled in one pass over a block of rows. */
    private static final int GROUP = 4;

    /** Rows per block: their indices and gradients (12 or 20 bytes a row) stay in the second-level cache. */
    private static final int BLOCK = 8192;

    /** Rows per piece at least when a large node is cut into pieces. */
    private static final int PIECE_ROWS = 512;

    private final byte[][] bins;
    private final int words;
    private final int stride;
    private final long[][][] sums;
    private final long[][] ordered;

    /**
     * For the binned matrix {@code bins} ({@code bins[feature][row]}) and gradients of {@code words} longs
     * per row ({@link FixedPointGradients#words()}).
     */
    Histograms(byte[][] bins, int words) {
        this.bins = bins;
        this.words = words;
        this.stride = BinMapper.BINS * words;
        int workers = Parallelism.threads();
        this.sums = new long[workers][bins.length][stride];
        this.ordered = new long[workers][words * BLOCK];
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
     * {@code fixed}. A large node's rows are cut into one piece per worker, each piece summed over all
     * features by one task, and the pieces are then added up: one hand-off per node, and integer sums, so
     * the result does not depend on the number of pieces.
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
        int pieces = size < PARALLEL_ROWS ? 1 : Math.max(1, Math.min(sums.length, size / PIECE_ROWS));
        boolean direct = inOrder && words == 1;
        Chunks.run(pieces, c -> {
            int from = start + (int) ((long) size * c / pieces);
            int to = start + (int) ((long) size * (c + 1) / pieces);
            for (int b = from; b < to; b += BLOCK) {
                int e = Math.min(to, b + BLOCK);
                if (direct) {
                    block(rows, b, e, used, fixed.firstWords(), true, sums[c]);
                } else {
                    gather(rows, b, e, fixed, ordered[c]);
                    block(rows, b, e, used, ordered[c], false, sums[c]);
                }
            }
        });
        for (int f = 0; f < bins.length; f++) {
            int at = f * stride;
            if (!used[f]) {
                Arrays.fill(hist, at, at + stride, 0L);
                continue;
            }
            System.arraycopy(sums[0][f], 0, hist, at, stride);
            Arrays.fill(sums[0][f], 0L);
            for (int c = 1; c < pieces; c++) {
                long[] piece = sums[c][f];
                for (int k = 0; k < stride; k++) {
                    hist[at + k] += piece[k];
                }
                Arrays.fill(piece, 0L);
            }
        }
    }

    /**
     * Adds the block of rows {@code rows[start..end)} to the sums {@code s} of the used features. Their words
     * are {@code w}: gathered from 0, or, when {@code direct}, the rows' own words indexed by row (the rows
     * being {@code start..end} themselves).
     */
    private void block(int[] rows, int start, int end, boolean[] used, long[] w, boolean direct, long[][] s) {
        for (int from = 0; from < bins.length; from += GROUP) {
            if (fullGroup(from, used)) {
                if (direct) {
                    packedGroupInOrder(from, w, start, end, s);
                } else if (words == 1) {
                    packedGroup(from, rows, start, end, w, s);
                } else {
                    exactGroup(from, rows, start, end, w, s);
                }
                continue;
            }
            for (int f = from; f < Math.min(bins.length, from + GROUP); f++) {
                if (used[f] && direct) {
                    featureInOrder(f, w, start, end, s[f]);
                } else if (used[f]) {
                    feature(f, rows, start, end, w, s[f]);
                }
            }
        }
    }

    /** Whether the {@value #GROUP} features from {@code from} exist and are all used. */
    private boolean fullGroup(int from, boolean[] used) {
        if (from + GROUP > bins.length) {
            return false;
        }
        for (int f = from; f < from + GROUP; f++) {
            if (!used[f]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Copies the words of the rows {@code rows[start..end)} into {@code o} from 0, in that order (interleaved
     * when there are two), so that the passes over the feature groups read them as one sequential stream.
     */
    private void gather(int[] rows, int start, int end, FixedPointGradients fixed, long[] o) {
        long[] first = fixed.firstWords();
        long[] second = fixed.secondWords();
        if (second == null) {
            for (int i = start; i < end; i++) {
                o[i - start] = first[rows[i]];
            }
            return;
        }
        for (int i = start; i < end; i++) {
            int r = rows[i];
            o[2 * (i - start)] = first[r];
            o[2 * (i - start) + 1] = second[r];
        }
    }

    /*
     * The kernels below sum into one array per feature and index it with "& (length - 1)" (the length is a
     * power of two): the JIT then drops the bounds checks of the histogram updates, which makes these loops
     * about a quarter faster than indexing one array for all features.
     */

    /**
     * One pass over the rows {@code rows[start..end)} for the {@value #GROUP} features from {@code from},
     * one word per row, gathered in {@code o} from 0.
     */
    private void packedGroup(int from, int[] rows, int start, int end, long[] o, long[][] s) {
        byte[] c0 = bins[from];
        byte[] c1 = bins[from + 1];
        byte[] c2 = bins[from + 2];
        byte[] c3 = bins[from + 3];
        long[] h0 = s[from];
        long[] h1 = s[from + 1];
        long[] h2 = s[from + 2];
        long[] h3 = s[from + 3];
        for (int i = start; i < end; i++) {
            int r = rows[i];
            long v = o[i - start];
            h0[c0[r] & (h0.length - 1)] += v;
            h1[c1[r] & (h1.length - 1)] += v;
            h2[c2[r] & (h2.length - 1)] += v;
            h3[c3[r] & (h3.length - 1)] += v;
        }
    }

    /**
     * As {@link #packedGroup} for the rows {@code start..end} themselves (in order): bins and packed words
     * {@code w} read directly by row.
     */
    private void packedGroupInOrder(int from, long[] w, int start, int end, long[][] s) {
        byte[] c0 = bins[from];
        byte[] c1 = bins[from + 1];
        byte[] c2 = bins[from + 2];
        byte[] c3 = bins[from + 3];
        long[] h0 = s[from];
        long[] h1 = s[from + 1];
        long[] h2 = s[from + 2];
        long[] h3 = s[from + 3];
        for (int r = start; r < end; r++) {
            long v = w[r];
            h0[c0[r] & (h0.length - 1)] += v;
            h1[c1[r] & (h1.length - 1)] += v;
            h2[c2[r] & (h2.length - 1)] += v;
            h3[c3[r] & (h3.length - 1)] += v;
        }
    }

    /** As {@link #packedGroup} with two words per row (gradient; Hessian and count), interleaved in {@code o}. */
    private void exactGroup(int from, int[] rows, int start, int end, long[] o, long[][] s) {
        byte[] c0 = bins[from];
        byte[] c1 = bins[from + 1];
        byte[] c2 = bins[from + 2];
        byte[] c3 = bins[from + 3];
        long[] h0 = s[from];
        long[] h1 = s[from + 1];
        long[] h2 = s[from + 2];
        long[] h3 = s[from + 3];
        for (int i = start; i < end; i++) {
            int r = rows[i];
            long g = o[2 * (i - start)];
            long h = o[2 * (i - start) + 1];
            int k = (c0[r] & 0xFF) << 1;
            h0[k & (h0.length - 1)] += g;
            h0[(k + 1) & (h0.length - 1)] += h;
            k = (c1[r] & 0xFF) << 1;
            h1[k & (h1.length - 1)] += g;
            h1[(k + 1) & (h1.length - 1)] += h;
            k = (c2[r] & 0xFF) << 1;
            h2[k & (h2.length - 1)] += g;
            h2[(k + 1) & (h2.length - 1)] += h;
            k = (c3[r] & 0xFF) << 1;
            h3[k & (h3.length - 1)] += g;
            h3[(k + 1) & (h3.length - 1)] += h;
        }
    }

    /** One feature's pass over the rows {@code rows[start..end)}, words gathered in {@code o} from 0. */
    private void feature(int f, int[] rows, int start, int end, long[] o, long[] h) {
        byte[] col = bins[f];
        if (words == 1) {
            for (int i = start; i < end; i++) {
                h[col[rows[i]] & (h.length - 1)] += o[i - start];
            }
            return;
        }
        for (int i = start; i < end; i++) {
            int k = (col[rows[i]] & 0xFF) << 1;
            h[k & (h.length - 1)] += o[2 * (i - start)];
            h[(k + 1) & (h.length - 1)] += o[2 * (i - start) + 1];
        }
    }

    /** One feature's pass over the rows {@code start..end} themselves, packed words {@code w}. */
    private void featureInOrder(int f, long[] w, int start, int end, long[] h) {
        byte[] col = bins[f];
        for (int r = start; r < end; r++) {
            h[col[r] & (h.length - 1)] += w[r];
        }
    }

    /** {@code parent - child} into {@code parent}: the sibling's histogram without a pass over its rows. */
    static void subtract(long[] parent, long[] child) {
        for (int k = 0; k < parent.length; k++) {
            parent[k] -= child[k];
        }
    }
}
