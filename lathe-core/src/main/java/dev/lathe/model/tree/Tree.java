package dev.lathe.model.tree;

import java.util.Arrays;
import java.util.List;

/**
 * One fitted binary tree in flat arrays: what CART and the forests grow, predict with and save. Children
 * always have larger indices than their parent, which the constructor checks, so a tree read from a file
 * cannot loop. Values are stored {@link #valueWidth()} per node: class probabilities for classification,
 * the mean target for regression.
 */
public final class Tree implements TreeStructure {

    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final boolean[] missingLeft;
    private final double[] cover;
    private final int[] samples;
    private final double[] impurity;
    private final double[] values;
    private final int width;
    private final List<String> names;

    /**
     * Checks and wraps the arrays (not copied: the caller hands them over).
     *
     * @param feature     split feature per node, -1 for leaves
     * @param threshold   split threshold per node (a row goes left when its value is {@code <=}), NaN for leaves
     * @param left        left child per node, -1 for leaves
     * @param right       right child per node, -1 for leaves
     * @param missingLeft where missing values go per node
     * @param cover       training weight per node
     * @param samples     training rows per node
     * @param impurity    impurity per node under the training criterion
     * @param values      {@code width} values per node
     * @param width       values per node, at least 1
     * @param names       feature names
     */
    Tree(int[] feature, double[] threshold, int[] left, int[] right, boolean[] missingLeft, double[] cover,
         int[] samples, double[] impurity, double[] values, int width, List<String> names) {
        int n = feature.length;
        if (n == 0 || width < 1 || threshold.length != n || left.length != n || right.length != n
                || missingLeft.length != n || cover.length != n || samples.length != n || impurity.length != n
                || values.length != (long) n * width) {
            throw new IllegalArgumentException("tree arrays disagree in length");
        }
        for (int i = 0; i < n; i++) {
            boolean leaf = feature[i] < 0;
            if (leaf ? left[i] != -1 || right[i] != -1
                    : feature[i] >= names.size() || left[i] <= i || right[i] <= i || left[i] >= n || right[i] >= n) {
                throw new IllegalArgumentException("tree node " + i + " has an invalid feature or child");
            }
        }
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
        this.missingLeft = missingLeft;
        this.cover = cover;
        this.samples = samples;
        this.impurity = impurity;
        this.values = values;
        this.width = width;
        this.names = List.copyOf(names);
    }

    @Override
    public int nodeCount() {
        return feature.length;
    }

    @Override
    public boolean isLeaf(int node) {
        return feature[node] < 0;
    }

    @Override
    public int feature(int node) {
        return feature[node];
    }

    @Override
    public double threshold(int node) {
        return threshold[node];
    }

    @Override
    public int left(int node) {
        return left[node];
    }

    @Override
    public int right(int node) {
        return right[node];
    }

    @Override
    public boolean missingGoesLeft(int node) {
        return missingLeft[node];
    }

    @Override
    public double cover(int node) {
        return cover[node];
    }

    @Override
    public double[] value(int node) {
        return Arrays.copyOfRange(values, node * width, node * width + width);
    }

    @Override
    public List<String> featureNames() {
        return names;
    }

    /** Training rows (not weights) that reached {@code node}. */
    public int samples(int node) {
        return samples[node];
    }

    /** The node's impurity under the criterion the tree was grown with. */
    public double impurity(int node) {
        return impurity[node];
    }

    /** Values per node: the number of classes, or 1 for regression. */
    public int valueWidth() {
        return width;
    }

    /** Number of leaves. */
    public int leafCount() {
        int count = 0;
        for (int f : feature) {
            count += f < 0 ? 1 : 0;
        }
        return count;
    }

    /** Depth of the deepest leaf (0 for a single leaf). */
    public int depth() {
        int[] depth = new int[nodeCount()];
        int max = 0;
        for (int i = 0; i < depth.length; i++) {
            if (feature[i] >= 0) {
                depth[left[i]] = depth[i] + 1;
                depth[right[i]] = depth[i] + 1;
                max = Math.max(max, depth[i] + 1);
            }
        }
        return max;
    }

    /**
     * The leaf row {@code row} of column-major {@code x} falls into.
     *
     * @param x   features in the order of {@link #featureNames()}, {@code x[j][i]}; NaN for missing
     * @param row the row index
     */
    public int leaf(double[][] x, int row) {
        int node = 0;
        while (feature[node] >= 0) {
            double v = x[feature[node]][row];
            boolean goLeft = Double.isNaN(v) ? missingLeft[node] : v <= threshold[node];
            node = goLeft ? left[node] : right[node];
        }
        return node;
    }

    /** Value k of {@code node}, without copying the node's values. */
    public double value(int node, int k) {
        return values[node * width + k];
    }

    /**
     * Impurity-based (mean decrease in impurity) importance of each feature: the weighted impurity
     * decrease of its splits, summed and normalised to sum to 1 (all zero for a single leaf).
     */
    public double[] featureImportances() {
        double[] out = new double[names.size()];
        double total = 0;
        for (int i = 0; i < feature.length; i++) {
            if (feature[i] >= 0) {
                double d = cover[i] * impurity[i] - cover[left[i]] * impurity[left[i]]
                        - cover[right[i]] * impurity[right[i]];
                out[feature[i]] += d;
                total += d;
            }
        }
        if (total > 0) {
            for (int j = 0; j < out.length; j++) {
                out[j] /= total;
            }
        }
        return out;
    }

    /** A copy in which every node marked in {@code collapse} becomes a leaf; nodes below it are dropped. */
    Tree collapse(boolean[] collapse) {
        int n = nodeCount();
        int[] newIndex = new int[n];
        Arrays.fill(newIndex, -1);
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || newIndex[i] >= 0) {
                newIndex[i] = kept++;
                if (feature[i] >= 0 && !collapse[i]) {
                    newIndex[left[i]] = 0;
                    newIndex[right[i]] = 0;
                }
            }
        }
        int[] f = new int[kept];
        double[] t = new double[kept];
        int[] l = new int[kept];
        int[] r = new int[kept];
        boolean[] m = new boolean[kept];
        double[] c = new double[kept];
        int[] s = new int[kept];
        double[] imp = new double[kept];
        double[] v = new double[kept * width];
        for (int i = 0; i < n; i++) {
            int k = newIndex[i];
            if (k < 0) {
                continue;
            }
            boolean split = feature[i] >= 0 && !collapse[i];
            f[k] = split ? feature[i] : -1;
            t[k] = split ? threshold[i] : Double.NaN;
            l[k] = split ? newIndex[left[i]] : -1;
            r[k] = split ? newIndex[right[i]] : -1;
            m[k] = missingLeft[i];
            c[k] = cover[i];
            s[k] = samples[i];
            imp[k] = impurity[i];
            System.arraycopy(values, i * width, v, k * width, width);
        }
        return new Tree(f, t, l, r, m, c, s, imp, v, width, names);
    }
}
