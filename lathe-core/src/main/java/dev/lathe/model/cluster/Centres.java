package dev.lathe.model.cluster;

import dev.lathe.model.RowMatrix;
import dev.lathe.parallel.Chunks;

/** The pieces Lloyd and Elkan share: nearest centres, cluster means (with empty clusters relocated), inertia. */
final class Centres {

    private Centres() {
    }

    /**
     * Index of the centre nearest row {@code i} (the lowest index on ties); its squared distance in {@code dist[i]}.
     * A centre's sum stops as soon as it reaches the best so far: it can then no longer win, so the result is the
     * full computation's.
     */
    static int nearest(RowMatrix x, int i, double[] centres, int k, double[] dist) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double d = x.squaredDistance(i, centres, c * x.cols(), bestD);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        dist[i] = bestD;
        return best;
    }

    /** Labels every row with its nearest centre; squared distances land in {@code dist}. */
    static void assign(RowMatrix x, double[] centres, int k, int[] labels, double[] dist) {
        Chunks.run(RowChunks.count(x.rows()), c -> {
            for (int i = RowChunks.start(c), end = RowChunks.end(c, x.rows()); i < end; i++) {
                labels[i] = nearest(x, i, centres, k, dist);
            }
        });
    }

    /**
     * The mean of every cluster's rows, summed per chunk and combined in chunk order (the same result on any
     * number of threads). A cluster left empty takes the row farthest from its own centre (by {@code dist}),
     * then the next farthest, as scikit-learn relocates them; that row moves to it in {@code labels}.
     */
    static double[] means(RowMatrix x, int[] labels, int k, double[] dist) {
        int d = x.cols();
        int chunks = RowChunks.count(x.rows());
        double[][] sums = new double[chunks][];
        long[][] counts = new long[chunks][];
        Chunks.run(chunks, c -> {
            double[] s = new double[k * d];
            long[] n = new long[k];
            double[] v = x.values();
            for (int i = RowChunks.start(c), end = RowChunks.end(c, x.rows()); i < end; i++) {
                int l = labels[i];
                n[l]++;
                for (int j = 0, b = i * d; j < d; j++) {
                    s[l * d + j] += v[b + j];
                }
            }
            sums[c] = s;
            counts[c] = n;
        });
        double[] total = new double[k * d];
        long[] n = new long[k];
        for (int c = 0; c < chunks; c++) {
            for (int t = 0; t < total.length; t++) {
                total[t] += sums[c][t];
            }
            for (int l = 0; l < k; l++) {
                n[l] += counts[c][l];
            }
        }
        relocateEmpty(x, labels, n, total, dist);
        for (int l = 0; l < k; l++) {
            for (int j = 0; j < d; j++) {
                total[l * d + j] /= n[l];
            }
        }
        return total;
    }

    private static void relocateEmpty(RowMatrix x, int[] labels, long[] n, double[] sums, double[] dist) {
        int d = x.cols();
        boolean[] taken = new boolean[x.rows()];
        for (int l = 0; l < n.length; l++) {
            if (n[l] > 0) {
                continue;
            }
            int far = -1;
            for (int i = 0; i < x.rows(); i++) {
                if (!taken[i] && n[labels[i]] > 1 && (far < 0 || dist[i] > dist[far])) {
                    far = i;
                }
            }
            if (far < 0) {
                throw new IllegalArgumentException("cannot fill cluster " + l + ": fewer distinct rows than n_clusters");
            }
            taken[far] = true;
            int from = labels[far];
            for (int j = 0; j < d; j++) {
                double v = x.values()[far * d + j];
                sums[from * d + j] -= v;
                sums[l * d + j] = v;
            }
            n[from]--;
            n[l] = 1;
            labels[far] = l;
            dist[far] = 0;
        }
    }

    /** Sum of squared distances of the rows to their centres, chunk sums added in order. */
    static double inertia(RowMatrix x, double[] centres, int[] labels) {
        int chunks = RowChunks.count(x.rows());
        double[] part = new double[chunks];
        Chunks.run(chunks, c -> {
            double s = 0;
            for (int i = RowChunks.start(c), end = RowChunks.end(c, x.rows()); i < end; i++) {
                s += x.squaredDistance(i, centres, labels[i] * x.cols());
            }
            part[c] = s;
        });
        double s = 0;
        for (double p : part) {
            s += p;
        }
        return s;
    }

    /** Sum of squared moves between two sets of centres. */
    static double shift(double[] a, double[] b) {
        double s = 0;
        for (int t = 0; t < a.length; t++) {
            double u = a[t] - b[t];
            s += u * u;
        }
        return s;
    }
}
