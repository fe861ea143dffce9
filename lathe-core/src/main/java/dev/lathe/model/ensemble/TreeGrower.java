package dev.lathe.model.ensemble;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * Grows one boosting tree leaf-wise (best-first, as LightGBM): the leaf whose best split gains most is
 * split next, until {@code maxLeafNodes} leaves or no leaf can split (depth limit, {@code minSamplesLeaf},
 * no gain). Rows are kept in one index array partitioned in place, each node owning a contiguous range.
 * Only the smaller child's histogram is built; the larger one's is the parent's minus it. Every array is
 * allocated once per fit and reused for each tree.
 */
final class TreeGrower {

    private final byte[][] bins;
    private final BinMapper mapper;
    private final Histograms histograms;
    private final SplitFinder finder;
    private final List<String> names;
    private final int maxLeaves;
    private final int maxDepth;
    private final double lambda;
    private final double learningRate;
    private final ArrayDeque<double[]> pool = new ArrayDeque<>();
    private final int[] scratch;

    private final int[] start;
    private final int[] end;
    private final int[] depth;
    private final double[] sumG;
    private final double[] sumH;
    private final int[] feature;
    private final int[] bin;
    private final boolean[] missingLeft;
    private final int[] left;
    private final int[] right;
    private final double[][] hist;
    private final Split[] split;
    private final double[] refitted;
    private int nodes;
    private int[] rows;

    TreeGrower(byte[][] bins, BinMapper mapper, List<String> names, BoostingSettings s) {
        this.bins = bins;
        this.mapper = mapper;
        this.histograms = new Histograms(bins);
        this.finder = new SplitFinder(mapper, s.l2Regularization(), s.minSamplesLeaf());
        this.names = names;
        this.maxLeaves = s.maxLeafNodes();
        this.maxDepth = s.maxDepth() == 0 ? Integer.MAX_VALUE : s.maxDepth();
        this.lambda = s.l2Regularization();
        this.learningRate = s.learningRate();
        this.scratch = new int[bins[0].length];
        int capacity = 2 * maxLeaves - 1;
        start = new int[capacity];
        end = new int[capacity];
        depth = new int[capacity];
        sumG = new double[capacity];
        sumH = new double[capacity];
        feature = new int[capacity];
        bin = new int[capacity];
        missingLeft = new boolean[capacity];
        left = new int[capacity];
        right = new int[capacity];
        hist = new double[capacity][];
        split = new Split[capacity];
        refitted = new double[capacity];
        for (int k = 0; k <= maxLeaves; k++) {
            pool.push(histograms.allocate());
        }
    }

    /**
     * Grows a tree on {@code rows[0..count)} (reordered in place) with per-row gradients {@code g} and
     * Hessians {@code h}, splitting only on the features marked in {@code used}; {@code weights} (null for
     * unit weights) give the covers.
     */
    BoostedTree grow(int[] rows, int count, double[] g, double[] h, double[] weights, boolean[] used,
                     LeafRefit refit) {
        this.rows = rows;
        nodes = 0;
        double rootG = 0;
        double rootH = 0;
        for (int i = 0; i < count; i++) {
            rootG += g[rows[i]];
            rootH += h[rows[i]];
        }
        int root = newNode(0, count, 0, rootG, rootH);
        hist[root] = pool.pop();
        histograms.build(rows, 0, count, g, h, used, hist[root]);
        consider(root, used);
        int leaves = 1;
        while (leaves < maxLeaves) {
            int best = -1;
            for (int node = 0; node < nodes; node++) {
                if (split[node] != null && left[node] < 0 && (best < 0 || split[node].gain() > split[best].gain())) {
                    best = node;
                }
            }
            if (best < 0) {
                break;
            }
            apply(best, g, h, used);
            leaves++;
        }
        for (int node = 0; node < nodes; node++) {
            release(node);
            refitted[node] = refit != null && left[node] < 0
                    ? learningRate * refit.value(rows, start[node], end[node]) : Double.NaN;
        }
        return tree(weights);
    }

    private int newNode(int from, int to, int d, double g, double h) {
        int node = nodes++;
        start[node] = from;
        end[node] = to;
        depth[node] = d;
        sumG[node] = g;
        sumH[node] = h;
        left[node] = -1;
        right[node] = -1;
        split[node] = null;
        hist[node] = null;
        refitted[node] = Double.NaN;
        return node;
    }

    /** Finds the node's best split when it may split; frees its histogram otherwise. */
    private void consider(int node, boolean[] used) {
        if (depth[node] < maxDepth) {
            split[node] = finder.best(hist[node], sumG[node], sumH[node], end[node] - start[node], used);
        }
        if (split[node] == null) {
            release(node);
        }
    }

    private void release(int node) {
        if (hist[node] != null) {
            pool.push(hist[node]);
            hist[node] = null;
        }
    }

    private void apply(int node, double[] g, double[] h, boolean[] used) {
        Split s = split[node];
        int mid = partition(start[node], end[node], s.feature(), s.bin(), s.missingLeft());
        feature[node] = s.feature();
        bin[node] = s.bin();
        missingLeft[node] = s.missingLeft();
        int d = depth[node] + 1;
        int l = newNode(start[node], mid, d, s.leftGradient(), s.leftHessian());
        int r = newNode(mid, end[node], d, s.rightGradient(), s.rightHessian());
        left[node] = l;
        right[node] = r;
        split[node] = null;
        if (d >= maxDepth) {
            release(node);
            return;
        }
        int small = mid - start[node] <= end[node] - mid ? l : r;
        int large = small == l ? r : l;
        hist[small] = pool.pop();
        histograms.build(rows, start[small], end[small], g, h, used, hist[small]);
        Histograms.subtract(hist[node], hist[small]);
        hist[large] = hist[node];
        hist[node] = null;
        consider(l, used);
        consider(r, used);
    }

    /** Stable partition of {@code rows[from..to)}: rows going left first; returns where the right ones start. */
    private int partition(int from, int to, int f, int threshold, boolean missingGoesLeft) {
        byte[] col = bins[f];
        int l = from;
        int r = 0;
        for (int i = from; i < to; i++) {
            int row = rows[i];
            int b = col[row] & 0xFF;
            if (b == BinMapper.MISSING ? missingGoesLeft : b <= threshold) {
                rows[l++] = row;
            } else {
                scratch[r++] = row;
            }
        }
        System.arraycopy(scratch, 0, rows, l, r);
        return l;
    }

    /**
     * A leaf's value set from its rows instead of the Newton step (the median of the residuals for the
     * absolute error, their quantile for the pinball loss, as scikit-learn does), before the learning rate.
     */
    @FunctionalInterface
    interface LeafRefit {
        double value(int[] rows, int from, int to);
    }

    /**
     * The value of a node: the refitted value for leaves when there is one, else the Newton step
     * -G / (H + lambda), shrunk by the learning rate.
     */
    private double leafValue(int node) {
        if (!Double.isNaN(refitted[node])) {
            return refitted[node];
        }
        double denominator = sumH[node] + lambda;
        return denominator > 0 ? -learningRate * sumG[node] / denominator : 0;
    }

    /** Adds the last grown tree's leaf values to {@code raw[row]} for the rows it was grown on. */
    void addToGrownRows(double[] raw) {
        for (int node = 0; node < nodes; node++) {
            if (left[node] < 0) {
                double v = leafValue(node);
                for (int i = start[node]; i < end[node]; i++) {
                    raw[rows[i]] += v;
                }
            }
        }
    }

    /** Adds the last grown tree's leaf value to {@code raw[row]} for each of {@code others}, read from the bins. */
    void addToOtherRows(int[] others, int from, int to, double[] raw) {
        for (int i = from; i < to; i++) {
            int row = others[i];
            int node = 0;
            while (left[node] >= 0) {
                int b = bins[feature[node]][row] & 0xFF;
                node = (b == BinMapper.MISSING ? missingLeft[node] : b <= bin[node]) ? left[node] : right[node];
            }
            raw[row] += leafValue(node);
        }
    }

    private BoostedTree tree(double[] weights) {
        int n = nodes;
        int[] f = new int[n];
        double[] t = new double[n];
        double[] v = new double[n];
        double[] c = new double[n];
        for (int node = n - 1; node >= 0; node--) {
            v[node] = leafValue(node);
            if (left[node] < 0) {
                f[node] = -1;
                t[node] = Double.NaN;
                c[node] = cover(node, weights);
            } else {
                f[node] = feature[node];
                t[node] = mapper.upperEdge(feature[node], bin[node]);
                c[node] = c[left[node]] + c[right[node]];
            }
        }
        return new BoostedTree(f, t, Arrays.copyOf(left, n), Arrays.copyOf(right, n), Arrays.copyOf(missingLeft, n),
                v, c, names);
    }

    private double cover(int node, double[] weights) {
        if (weights == null) {
            return end[node] - start[node];
        }
        double s = 0;
        for (int i = start[node]; i < end[node]; i++) {
            s += weights[rows[i]];
        }
        return s;
    }
}
