package dev.lathe.model.cluster;

import dev.lathe.frame.Frame;
import dev.lathe.model.RowMatrix;
import dev.lathe.model.Task;
import dev.lathe.model.UnsupervisedEstimator;
import dev.lathe.param.Check;
import dev.lathe.parallel.Chunks;
import java.util.Arrays;

/**
 * HDBSCAN (Campello, Moulavi and Sander 2013): DBSCAN over all radii at once. A row's core distance is the distance
 * to its {@code min_samples}-th nearest row (itself counted); rows are joined by a minimum spanning tree of the
 * mutual reachability distance max(core(a), core(b), d(a, b)); its hierarchy, condensed with
 * {@code min_cluster_size}, gives the most stable clusters (excess of mass), noise (-1), and GLOSH outlier scores
 * (Campello et al. 2015) in [0, 1], higher for rows that are outliers relative to their cluster. Exact: O(n^2)
 * distance computations (Prim's algorithm without a distance matrix), O(n) memory; meant for up to some tens of
 * thousands of rows.
 *
 * @param minClusterSize smallest cluster, at least 2 (default 5)
 * @param minSamples     rows, itself included, within a row's core distance, at least 1; null to use
 *                       {@code min_cluster_size} (default)
 */
public record Hdbscan(int minClusterSize, Integer minSamples) implements UnsupervisedEstimator {

    public Hdbscan {
        Check.atLeast("min_cluster_size", minClusterSize, 2);
        if (minSamples != null) {
            Check.atLeast("min_samples", minSamples, 1);
        }
    }

    /** Clusters of at least 5 rows, min_samples equal to it. */
    public Hdbscan() {
        this(5, null);
    }

    @Override
    public HdbscanModel fit(Frame x) {
        RowMatrix m = RowMatrix.of(x);
        int n = m.rows();
        int k = minSamples == null ? minClusterSize : minSamples;
        if (n < 2 || n < k) {
            throw new IllegalArgumentException("HDBSCAN needs at least 2 rows and at least min_samples (" + k
                    + ") rows, got " + n);
        }
        double[] core = coreDistances(m, k);
        int[] edgeA = new int[n - 1];
        int[] edgeB = new int[n - 1];
        double[] weight = new double[n - 1];
        prim(m, core, edgeA, edgeB, weight);
        CondensedTree tree = new CondensedTree(n, edgeA, edgeB, weight, minClusterSize);
        boolean[] selected = tree.select();
        int[] labels = tree.labels(selected);
        int clusters = 0;
        for (boolean s : selected) {
            clusters += s ? 1 : 0;
        }
        return new HdbscanModel(m, core, labels, tree.glosh(), clusters);
    }

    /** Distance to the k-th nearest row, the row itself counted first (0 for k = 1). */
    static double[] coreDistances(RowMatrix m, int k) {
        int n = m.rows();
        double[] core = new double[n];
        Chunks.run(RowChunks.count(n), c -> {
            double[] row = new double[m.cols()];
            double[] best = new double[k];
            for (int i = RowChunks.start(c), end = RowChunks.end(c, n); i < end; i++) {
                System.arraycopy(m.values(), i * m.cols(), row, 0, m.cols());
                Arrays.fill(best, Double.POSITIVE_INFINITY);
                for (int j = 0; j < n; j++) {
                    double d = m.squaredDistance(j, row, 0);
                    if (d < best[k - 1]) {
                        int at = k - 1;
                        while (at > 0 && best[at - 1] > d) {
                            best[at] = best[at - 1];
                            at--;
                        }
                        best[at] = d;
                    }
                }
                core[i] = Math.sqrt(best[k - 1]);
            }
        });
        return core;
    }

    /** Prim's minimum spanning tree of the mutual reachability graph, from row 0; lower rows first on ties. */
    private static void prim(RowMatrix m, double[] core, int[] edgeA, int[] edgeB, double[] weight) {
        int n = m.rows();
        boolean[] inTree = new boolean[n];
        double[] dist = new double[n];
        int[] from = new int[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        int current = 0;
        inTree[0] = true;
        double[] row = new double[m.cols()];
        for (int e = 0; e < n - 1; e++) {
            int u = current;
            System.arraycopy(m.values(), u * m.cols(), row, 0, m.cols());
            int best = -1;
            for (int v = 0; v < n; v++) {
                if (inTree[v]) {
                    continue;
                }
                double mrd = Math.max(Math.sqrt(m.squaredDistance(v, row, 0)), Math.max(core[u], core[v]));
                if (mrd < dist[v]) {
                    dist[v] = mrd;
                    from[v] = u;
                }
                if (best < 0 || dist[v] < dist[best]) {
                    best = v;
                }
            }
            inTree[best] = true;
            edgeA[e] = from[best];
            edgeB[e] = best;
            weight[e] = dist[best];
            current = best;
        }
    }

    @Override
    public Task task() {
        return Task.CLUSTERING;
    }
}
