package dev.lathe.model.ensemble;

import dev.lathe.parallel.Chunks;
import dev.lathe.parallel.Parallelism;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Grows one boosting tree leaf-wise (best-first, as LightGBM): the leaf whose best split gains most is
 * split next, until {@code maxLeafNodes} leaves or no leaf can split (depth limit, {@code minSamplesLeaf},
 * no gain). Rows are kept in one index array partitioned in place, each node owning a contiguous range.
 * Only the smaller child's histogram is built; the larger one's is the parent's minus it. Every array is
 * allocated once per fit and reused for each tree. Under monotonic constraints each node carries bounds on
 * its value: a split on a constrained feature gives its children the bounds [lo, mid] and [mid, hi] (in the
 * constraint's direction), mid being the mean of the two children's values, as scikit-learn and LightGBM
 * do; every value in the tree is clamped into its node's bounds, so the trees are monotone.
 */
final class TreeGrower {

    /** Nodes with fewer rows are partitioned on the calling thread. */
    private static final int PARALLEL_PARTITION = 4096;

    private final byte[][] bins;
    private final BinMapper mapper;
    private final Histograms histograms;
    private final SplitFinder finder;
    private final List<String> names;
    private final int maxLeaves;
    private final int maxDepth;
    private final double learningRate;
    private final ArrayDeque<long[]> pool = new ArrayDeque<>();
    private final int[] scratch;

    private final int[] start;
    private final int[] end;
    private final int[] depth;
    private final double[] sumG;
    private final double[] sumH;
    private final double[] exactG;
    private final double[] exactH;
    private final double[] lo;
    private final double[] hi;
    private final Split[] rule;
    private final int[] monotone;
    private final int[] left;
    private final int[] right;
    private final long[][] hist;
    private final FixedPointGradients fixed;
    private final Split[] split;
    private final double[] refitted;
    private int nodes;
    private int[] rows;

    /** {@code monotone[f]} is feature f's monotonic constraint: -1, 0 or +1. */
    TreeGrower(byte[][] bins, BinMapper mapper, List<String> names, BoostingSettings s, int[] monotone) {
        this.bins = bins;
        this.mapper = mapper;

        this.finder = new SplitFinder(mapper, s.l2Regularization(), s.minSamplesLeaf(), s.catSmooth(),
                s.minDataPerGroup(), monotone);
        this.monotone = monotone;
        this.names = names;
        this.maxLeaves = s.maxLeafNodes();
        this.maxDepth = s.maxDepth() == 0 ? Integer.MAX_VALUE : s.maxDepth();
        this.learningRate = s.learningRate();
        this.scratch = new int[bins[0].length];
        int capacity = 2 * maxLeaves - 1;
        start = new int[capacity];
        end = new int[capacity];
        depth = new int[capacity];
        sumG = new double[capacity];
        sumH = new double[capacity];
        lo = new double[capacity];
        hi = new double[capacity];
        rule = new Split[capacity];
        left = new int[capacity];
        right = new int[capacity];
        hist = new long[capacity][];
        fixed = new FixedPointGradients(bins[0].length, s.randomState(), s.quantizedGradients());
        histograms = new Histograms(bins, fixed.words());
        exactG = new double[capacity];
        exactH = new double[capacity];
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
        fixed.quantize(rows, count, g, h);
        long a = fixed.totalFirst();
        long b = fixed.totalSecond();
        int root = newNode(0, count, 0, fixed.gradient(a, b), fixed.hessian(a, b));
        lo[root] = Double.NEGATIVE_INFINITY;
        hi[root] = Double.POSITIVE_INFINITY;
        hist[root] = pool.pop();
        histograms.build(rows, 0, count, fixed, used, hist[root], inOrder(rows, count));
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
            leaves++;
            apply(best, used, leaves < maxLeaves);
        }
        for (int node = 0; node < nodes; node++) {
            release(node);
            refitted[node] = refit != null && left[node] < 0
                    ? refit.value(rows, start[node], end[node]) : Double.NaN;
        }
        sumExactly(g, h);
        return tree(weights);
    }

    /** Whether {@code rows[i] == i} for every i below {@code count}. */
    private static boolean inOrder(int[] rows, int count) {
        for (int i = 0; i < count; i++) {
            if (rows[i] != i) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each node's gradient and Hessian sums in double precision from its rows, for the values: split finding
     * saw only their fixed-point (possibly coarsely rounded) sums. Each leaf is one chunk of work, taken by
     * whichever thread comes free (leaves differ widely in size).
     */
    private void sumExactly(double[] g, double[] h) {
        int[] leaves = leaves();
        Chunks.run(leaves.length, k -> {
            int node = leaves[k];
            double sg = 0;
            double sh = 0;
            for (int i = start[node]; i < end[node]; i++) {
                sg += g[rows[i]];
                sh += h[rows[i]];
            }
            exactG[node] = sg;
            exactH[node] = sh;
        });
        for (int node = nodes - 1; node >= 0; node--) {
            if (left[node] >= 0) {
                exactG[node] = exactG[left[node]] + exactG[right[node]];
                exactH[node] = exactH[left[node]] + exactH[right[node]];
            }
        }
    }

    /** The nodes of the last grown tree that are leaves. */
    private int[] leaves() {
        int[] out = new int[nodes];
        int m = 0;
        for (int node = 0; node < nodes; node++) {
            if (left[node] < 0) {
                out[m++] = node;
            }
        }
        return Arrays.copyOf(out, m);
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
        rule[node] = null;
        hist[node] = null;
        refitted[node] = Double.NaN;
        return node;
    }

    /** Finds the node's best split when it may split; frees its histogram otherwise. */
    private void consider(int node, boolean[] used) {
        if (depth[node] < maxDepth) {
            split[node] = finder.best(hist[node], fixed, sumG[node], sumH[node], end[node] - start[node], used,
                    lo[node], hi[node]);
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

    /**
     * Splits {@code node} by its best split; when {@code more} (the tree may take another split) and the children
     * are not at the depth limit, builds their histograms and finds their best splits.
     */
    private void apply(int node, boolean[] used, boolean more) {
        Split s = split[node];
        int mid = partition(start[node], end[node], s);
        rule[node] = s;
        int d = depth[node] + 1;
        int l = newNode(start[node], mid, d, s.leftGradient(), s.leftHessian());
        int r = newNode(mid, end[node], d, s.rightGradient(), s.rightHessian());
        bound(node, l, r, monotone[s.feature()]);
        left[node] = l;
        right[node] = r;
        split[node] = null;
        if (d >= maxDepth || !more) {
            release(node);
            return;
        }
        int small = mid - start[node] <= end[node] - mid ? l : r;
        int large = small == l ? r : l;
        hist[small] = pool.pop();
        histograms.build(rows, start[small], end[small], fixed, used, hist[small]);
        Histograms.subtract(hist[node], hist[small]);
        hist[large] = hist[node];
        hist[node] = null;
        consider(l, used);
        consider(r, used);
    }

    /** The children's value bounds: the parent's, cut at the mid-point of their values for a constrained split. */
    private void bound(int node, int l, int r, int constraint) {
        lo[l] = lo[node];
        hi[l] = hi[node];
        lo[r] = lo[node];
        hi[r] = hi[node];
        if (constraint != 0) {
            double mid = (finder.value(sumG[l], sumH[l], lo[node], hi[node])
                    + finder.value(sumG[r], sumH[r], lo[node], hi[node])) / 2;
            if (constraint > 0) {
                hi[l] = mid;
                lo[r] = mid;
            } else {
                lo[l] = mid;
                hi[r] = mid;
            }
        }
    }

    /**
     * Stable partition of {@code rows[from..to)}: rows going left first; returns where the right ones start.
     * Large nodes are cut into one contiguous piece per worker, each partitioned on its own (lefts in place,
     * rights into {@code scratch} from the piece's start), and the pieces are then joined in order (the lefts
     * moved down first, then each piece's rights copied back in parallel), so the result is the same on any
     * number of threads.
     */
    private int partition(int from, int to, Split s) {
        int parts = to - from < PARALLEL_PARTITION ? 1 : Parallelism.threads();
        if (parts == 1) {
            int l = from + partitionPiece(from, to, s);
            System.arraycopy(scratch, from, rows, l, to - l);
            return l;
        }
        int[] lefts = new int[parts];
        Parallelism.forEachIndex(parts, c -> lefts[c] = partitionPiece(piece(from, to, c, parts),
                piece(from, to, c + 1, parts), s));
        int l = from;
        for (int c = 0; c < parts; c++) {
            System.arraycopy(rows, piece(from, to, c, parts), rows, l, lefts[c]);
            l += lefts[c];
        }
        int[] rightsAt = new int[parts];
        int[] rights = new int[parts];
        int r = l;
        for (int c = 0; c < parts; c++) {
            rightsAt[c] = r;
            rights[c] = piece(from, to, c + 1, parts) - piece(from, to, c, parts) - lefts[c];
            r += rights[c];
        }
        Chunks.run(parts, c -> System.arraycopy(scratch, piece(from, to, c, parts), rows, rightsAt[c], rights[c]));
        return l;
    }

    private static int piece(int from, int to, int c, int parts) {
        return from + (int) ((long) (to - from) * c / parts);
    }

    /**
     * Stable partition of {@code rows[from..to)}: the rows going left to {@code rows[from..)}, the others to
     * {@code scratch[from..)}; returns how many go left. A numeric split writes each row to both sides and
     * advances one, and reads its side from sign bits, so that no branch depends on the row: a branch on the bin
     * was mispredicted for half the rows of an even split (5.3 ns a row instead of 2.1 in a micro-benchmark).
     */
    private int partitionPiece(int from, int to, Split s) {
        byte[] col = bins[s.feature()];
        int l = from;
        int r = from;
        if (s.leftBins() == null) {
            int bin = s.bin();
            int missing = s.missingLeft() ? BinMapper.MISSING : BinMapper.BINS; // BINS: no row's bin
            for (int i = from; i < to; i++) {
                int row = rows[i];
                int b = col[row] & 0xFF;
                int left = ((b - bin - 1) >>> 31) | (((b ^ missing) - 1) >>> 31); // b <= bin, or b == missing
                rows[l] = row;
                scratch[r] = row;
                l += left;
                r += 1 - left;
            }
            return l - from;
        }
        for (int i = from; i < to; i++) {
            int row = rows[i];
            if (s.goesLeft(col[row] & 0xFF)) {
                rows[l++] = row;
            } else {
                scratch[r] = row;
                r++;
            }
        }
        return l - from;
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
            return learningRate * Math.min(Math.max(refitted[node], lo[node]), hi[node]);
        }
        return learningRate * finder.value(exactG[node], exactH[node], lo[node], hi[node]);
    }

    /**
     * Adds the last grown tree's leaf values to the scores of the rows it was grown on through {@code scores},
     * a leaf per call and per chunk of parallel work.
     */
    void addToGrownRows(ScoreUpdate scores) {
        int[] leaves = leaves();
        Chunks.run(leaves.length, k -> {
            int node = leaves[k];
            scores.add(rows, start[node], end[node], leafValue(node));
        });
    }

    /** Adds the last grown tree's leaf value to the score of each of {@code others[from..to)}, read from the bins. */
    void addToOtherRows(int[] others, int from, int to, ScoreUpdate scores) {
        for (int i = from; i < to; i++) {
            int row = others[i];
            int node = 0;
            while (left[node] >= 0) {
                Split s = rule[node];
                node = s.goesLeft(bins[s.feature()][row] & 0xFF) ? left[node] : right[node];
            }
            scores.add(others, i, i + 1, leafValue(node));
        }
    }

    /** Adds a value to the scores of some rows: the rows of a leaf, or one row. */
    @FunctionalInterface
    interface ScoreUpdate {
        /** Adds {@code v} to the score of each of {@code rows[from..to)}, which no other call touches meanwhile. */
        void add(int[] rows, int from, int to, double v);
    }

    private BoostedTree tree(double[] weights) {
        int n = nodes;
        int[] f = new int[n];
        double[] t = new double[n];
        double[] v = new double[n];
        double[] c = new double[n];
        boolean[] ml = new boolean[n];
        BitSet[] categories = new BitSet[n];
        for (int node = n - 1; node >= 0; node--) {
            v[node] = leafValue(node);
            if (left[node] < 0) {
                f[node] = -1;
                t[node] = Double.NaN;
                c[node] = cover(node, weights);
            } else {
                Split s = rule[node];
                f[node] = s.feature();
                ml[node] = s.missingLeft();
                if (s.leftBins() != null) {
                    t[node] = Double.NaN;
                    categories[node] = mapper.leftCodes(s.feature(), s.leftBins(), s.missingLeft());
                } else {
                    t[node] = mapper.upperEdge(s.feature(), s.bin());
                }
                c[node] = c[left[node]] + c[right[node]];
            }
        }
        return new BoostedTree(f, t, Arrays.copyOf(left, n), Arrays.copyOf(right, n), ml, categories, v, c, names);
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
