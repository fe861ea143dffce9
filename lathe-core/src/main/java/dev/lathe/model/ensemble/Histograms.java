package dev.lathe.model.ensemble;

import dev.lathe.parallel.Parallelism;

/**
 * Builds gradient histograms of a node: for every feature and bin, the sums of gradients and Hessians and
 * the row count, laid out as {@code hist[((feature * BINS) + bin) * 3 + {0: gradient, 1: Hessian, 2: count}]}.
 * Features are spread over the workers in fixed chunks; each feature's sums are taken in row order by one
 * thread, so the result does not depend on the number of threads. Scratch arrays are allocated once per fit.
 */
final class Histograms {

    /** Doubles per feature in a histogram. */
    static final int STRIDE = BinMapper.BINS * 3;

    /** Nodes with fewer rows are built on the calling thread: handing them out costs more than it saves. */
    private static final int PARALLEL_ROWS = 4096;

    private final byte[][] bins;
    private final double[] orderedGradients;
    private final double[] orderedHessians;

    /** For the binned matrix {@code bins} ({@code bins[feature][row]}). */
    Histograms(byte[][] bins) {
        this.bins = bins;
        int n = bins[0].length;
        this.orderedGradients = new double[n];
        this.orderedHessians = new double[n];
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
        double[] og = orderedGradients;
        double[] oh = orderedHessians;
        for (int i = start; i < end; i++) {
            int r = rows[i];
            og[i] = g[r];
            oh[i] = h[r];
        }
        if (end - start < PARALLEL_ROWS) {
            for (int f = 0; f < bins.length; f++) {
                feature(f, rows, start, end, used, hist);
            }
        } else {
            Parallelism.forEachIndex(bins.length, f -> feature(f, rows, start, end, used, hist));
        }
    }

    private void feature(int f, int[] rows, int start, int end, boolean[] used, double[] hist) {
        int base = f * STRIDE;
        java.util.Arrays.fill(hist, base, base + STRIDE, 0.0);
        if (!used[f]) {
            return;
        }
        byte[] col = bins[f];
        double[] og = orderedGradients;
        double[] oh = orderedHessians;
        for (int i = start; i < end; i++) {
            int k = base + (col[rows[i]] & 0xFF) * 3;
            hist[k] += og[i];
            hist[k + 1] += oh[i];
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
