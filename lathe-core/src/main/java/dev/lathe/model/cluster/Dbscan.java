package dev.lathe.model.cluster;

import dev.lathe.frame.Frame;
import dev.lathe.model.RowMatrix;
import dev.lathe.model.Task;
import dev.lathe.model.UnsupervisedEstimator;
import dev.lathe.model.neighbors.RadiusSearch;
import dev.lathe.param.Check;
import dev.lathe.parallel.Chunks;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * DBSCAN density clustering (Ester et al. 1996) as scikit-learn's: a row is a core row when at least
 * {@code min_samples} rows (itself included) lie within Euclidean distance {@code eps}; clusters are the core
 * rows connected through such neighbourhoods, numbered in the order of their lowest core row, plus the non-core
 * rows within {@code eps} of one of their core rows (border rows); everything else is noise (-1). A border row
 * near core rows of several clusters joins the cluster numbered first, as in scikit-learn. Neighbourhoods are
 * found with a KD-tree.
 *
 * @param eps        neighbourhood radius, greater than 0 (default 0.5)
 * @param minSamples rows a neighbourhood needs (itself included) for a core row, at least 1 (default 5)
 * @param leafSize   most rows in a KD-tree leaf, at least 1 (default 30); only speed differs
 */
public record Dbscan(double eps, int minSamples, int leafSize) implements UnsupervisedEstimator {

    public Dbscan {
        Check.positive("eps", eps);
        Check.atLeast("min_samples", minSamples, 1);
        Check.atLeast("leaf_size", leafSize, 1);
    }

    /** eps 0.5, five samples, leaves of 30 rows. */
    public Dbscan() {
        this(0.5, 5, 30);
    }

    @Override
    public DbscanModel fit(Frame x) {
        RowMatrix m = RowMatrix.of(x);
        int n = m.rows();
        RadiusSearch search = RadiusSearch.euclidean(m.values(), m.cols(), leafSize);
        int[][] neighbours = new int[n][];
        Chunks.run(RowChunks.count(n), c -> {
            for (int i = RowChunks.start(c), end = RowChunks.end(c, n); i < end; i++) {
                neighbours[i] = search.within(m.values(), i * m.cols(), eps);
            }
        });
        boolean[] core = new boolean[n];
        for (int i = 0; i < n; i++) {
            core[i] = neighbours[i].length >= minSamples;
        }
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        int cluster = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (labels[i] != -1 || !core[i]) {
                continue;
            }
            labels[i] = cluster;
            queue.add(i);
            while (!queue.isEmpty()) {
                int p = queue.poll();
                for (int q : neighbours[p]) {
                    if (labels[q] == -1) {
                        labels[q] = cluster;
                        if (core[q]) {
                            queue.add(q);
                        }
                    }
                }
            }
            cluster++;
        }
        return new DbscanModel(m, core, labels, cluster, eps, leafSize);
    }

    @Override
    public Task task() {
        return Task.CLUSTERING;
    }
}
