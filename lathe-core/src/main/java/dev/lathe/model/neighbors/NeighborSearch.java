package dev.lathe.model.neighbors;

import dev.lathe.frame.Frame;
import dev.lathe.model.Features;
import dev.lathe.model.QueryFeatures;
import dev.lathe.parallel.Chunks;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.List;
import java.util.Locale;

/**
 * The fitted part every neighbour model shares: the training rows (row-major) and how to search them.
 * Lathe's guarantee, whichever search runs: the k nearest rows by the metric's distance, ties between
 * equal distances broken by the lower training row, both searches computing each distance identically (so
 * brute force and KD-tree return the same rows in the same order). Query rows are searched in parallel
 * blocks of {@value #QUERY_BLOCK} through {@link Chunks}; brute force compares each block against training
 * tiles of {@value #TRAIN_TILE} rows held column-major, so the tile stays in cache while the block's rows
 * visit it and the distance loop runs over contiguous memory. The Gower metric reads numeric, categorical and
 * boolean columns with missing values ({@link GowerColumns}) and is searched by brute force; a query row whose
 * k-th nearest training row shares no observed feature with it (distance +infinity) is refused.
 */
public final class NeighborSearch {

    private static final int QUERY_BLOCK = 32;
    private static final int TRAIN_TILE = 512;
    private static final int MAX_TREE_FEATURES = 15;

    private final List<String> features;
    private final double[] rows;
    private final Metric metric;
    private final double p;
    private final Algorithm algorithm;
    private final int leafSize;
    private final Distance distance;
    private final double[][][] tiles;
    private final KdTree tree;
    /** How a Gower search reads its columns; null for the other metrics. */
    private final GowerColumns gower;

    private NeighborSearch(List<String> features, double[] rows, Metric metric, double p, Algorithm algorithm,
                           int leafSize, GowerColumns gower) {
        this.features = List.copyOf(features);
        this.rows = rows;
        this.metric = metric;
        this.p = p;
        this.leafSize = leafSize;
        this.gower = gower;
        this.distance = gower == null ? Distance.of(metric, p) : Distance.gower(gower.categorical(), gower.ranges());
        int d = features.size();
        if (rows.length == 0 || rows.length % d != 0) {
            throw new IllegalArgumentException(rows.length + " training values for " + d + " features");
        }
        if (algorithm == Algorithm.KD_TREE && !distance.treeable()) {
            throw new IllegalArgumentException("algorithm kd_tree cannot search the "
                    + metric.name().toLowerCase(Locale.ROOT) + " metric; use brute or auto");
        }
        this.algorithm = algorithm;
        double[] prepared = distance.prepare(rows, d);
        this.tree = algorithm == Algorithm.KD_TREE ? new KdTree(prepared, d, leafSize) : null;
        this.tiles = tree == null ? tiles(prepared, d) : null;
    }

    /**
     * The search over the rows of {@code x} (numeric features, see {@link Features}; for Gower also categorical
     * and boolean ones, missing values allowed) for {@code k} neighbours; {@code auto} resolves as
     * {@link Algorithm#AUTO} says. Fails when k exceeds the rows.
     */
    public static NeighborSearch fit(Frame x, int k, Metric metric, double p, Algorithm algorithm, int leafSize) {
        int n = x.rowCount();
        if (metric == Metric.GOWER) {
            GowerColumns g = GowerColumns.learn(x);
            checkK(k, n);
            return new NeighborSearch(x.names(), g.rows(x), metric, p,
                    algorithm == Algorithm.AUTO ? Algorithm.BRUTE : algorithm, leafSize, g);
        }
        double[][] columns = Features.matrix(x);
        checkK(k, n);
        Algorithm chosen = algorithm;
        if (algorithm == Algorithm.AUTO) {
            boolean tree = Distance.of(metric, p).treeable() && columns.length <= MAX_TREE_FEATURES
                    && k < n / 2 && n >= 2 * leafSize;
            chosen = tree ? Algorithm.KD_TREE : Algorithm.BRUTE;
        }
        return new NeighborSearch(x.names(), rowMajor(columns), metric, p, chosen, leafSize, null);
    }

    private static void checkK(int k, int n) {
        if (k > n) {
            throw new IllegalArgumentException("n_neighbors " + k + " is larger than the " + n
                    + " training rows; lower n_neighbors to at most " + n);
        }
    }

    private static double[] rowMajor(double[][] columns) {
        int d = columns.length;
        int n = columns[0].length;
        double[] out = new double[n * d];
        for (int j = 0; j < d; j++) {
            double[] c = columns[j];
            for (int i = 0; i < n; i++) {
                out[i * d + j] = c[i];
            }
        }
        return out;
    }

    /**
     * The rows cut into tiles of {@value #TRAIN_TILE} (the last may be shorter), each held column-major in
     * arrays of its own: {@code tiles[k][j][t]} is feature j of row {@code k * TRAIN_TILE + t}.
     */
    private static double[][][] tiles(double[] rows, int d) {
        int n = rows.length / d;
        double[][][] out = new double[(n + TRAIN_TILE - 1) / TRAIN_TILE][][];
        for (int k = 0; k < out.length; k++) {
            int t0 = k * TRAIN_TILE;
            int m = Math.min(n, t0 + TRAIN_TILE) - t0;
            out[k] = new double[d][m];
            for (int t = 0; t < m; t++) {
                for (int j = 0; j < d; j++) {
                    out[k][j][t] = rows[(t0 + t) * d + j];
                }
            }
        }
        return out;
    }

    /** Number of training rows. */
    public int rowCount() {
        return rows.length / features.size();
    }

    /** The search actually used (never auto). */
    Algorithm algorithm() {
        return algorithm;
    }

    /**
     * The {@code k} nearest training rows of every row of {@code x}, which must hold the training features
     * by name (others are ignored).
     */
    public Neighbors query(Frame x, int k) {
        checkK(k, rowCount());
        if (k < 1) {
            throw new IllegalArgumentException("the number of neighbours must be at least 1, got " + k);
        }
        int d = features.size();
        double[] q = gower != null ? gower.rows(x) : distance.prepare(rowMajor(QueryFeatures.matrix(x, features)), d);
        int m = x.rowCount();
        int[][] indices = new int[m][k];
        double[][] distances = new double[m][k];
        Chunks.run((m + QUERY_BLOCK - 1) / QUERY_BLOCK, c -> {
            int from = c * QUERY_BLOCK;
            int to = Math.min(m, from + QUERY_BLOCK);
            KBest[] best = new KBest[to - from];
            for (int i = 0; i < best.length; i++) {
                best[i] = new KBest(k);
            }
            if (tree != null) {
                for (int i = from; i < to; i++) {
                    tree.search(distance, q, i * d, best[i - from]);
                }
            } else {
                brute(q, from, to, best);
            }
            for (int i = from; i < to; i++) {
                best[i - from].drainSorted(indices[i], distances[i]);
                if (distances[i][k - 1] == Double.POSITIVE_INFINITY) {
                    throw new IllegalArgumentException("query row " + (i + 1) + " shares no observed feature with "
                            + "some of its " + k + " nearest training rows, so its gower distance to them is undefined;"
                            + " fill in its missing values or lower n_neighbors");
                }
                for (int r = 0; r < k; r++) {
                    distances[i][r] = distance.distance(distances[i][r]);
                }
            }
        });
        return new Neighbors(indices, distances);
    }

    private void brute(double[] q, int from, int to, KBest[] best) {
        int d = features.size();
        double[] out = new double[TRAIN_TILE];
        for (int k = 0; k < tiles.length; k++) {
            int t0 = k * TRAIN_TILE;
            int m = tiles[k][0].length;
            for (int i = from; i < to; i++) {
                KBest b = best[i - from];
                distance.tile(q, i * d, tiles[k], m, out);
                double bound = b.bound();
                for (int t = firstAtMost(out, 0, m, bound); t < m; t = firstAtMost(out, t + 1, m, bound)) {
                    b.offer(out[t], t0 + t);
                    bound = b.bound();
                }
            }
        }
    }

    /**
     * The first index in [from, m) whose value is at most {@code bound}, or m: a tight loop kept apart from
     * the heap work (with the offer inside the scanning loop, the scan took about twice as long).
     */
    private static int firstAtMost(double[] values, int from, int m, double bound) {
        for (int t = from; t < m; t++) {
            if (values[t] <= bound) {
                return t;
            }
        }
        return m;
    }

    /** Writes the training rows and search settings into {@code out}. */
    void save(StepWriter out) {
        out.put("features", features);
        out.put("metric", metric.name().toLowerCase(Locale.ROOT));
        out.put("p", p);
        out.put("algorithm", algorithm.name().toLowerCase(Locale.ROOT));
        out.put("leaf_size", leafSize);
        out.doubles("rows", rows);
        if (gower != null) {
            gower.save(out);
        }
    }

    /** Reads what {@link #save} wrote (the KD-tree is rebuilt from the rows). */
    static NeighborSearch load(StepReader in) {
        List<String> features = in.getStrings("features");
        Metric metric = Metric.valueOf(in.getString("metric").toUpperCase(Locale.ROOT));
        return new NeighborSearch(features, in.doubles("rows"), metric, in.getDouble("p"),
                Algorithm.valueOf(in.getString("algorithm").toUpperCase(Locale.ROOT)), in.getInt("leaf_size"),
                metric == Metric.GOWER ? GowerColumns.load(in, features) : null);
    }
}
