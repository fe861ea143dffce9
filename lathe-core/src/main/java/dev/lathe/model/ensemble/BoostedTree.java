package dev.lathe.model.ensemble;

import dev.lathe.model.tree.TreeStructure;
import java.util.BitSet;
import java.util.List;

/**
 * One fitted regression tree of a boosted ensemble, in flat arrays indexed by node (root 0). A row goes
 * left at a numeric split when its value is {@code <=} the threshold, at a categorical split when its
 * category code is in the node's left set; a missing value (or a category unseen in training) goes left
 * when the split sends missing values left. Leaf values are raw-score increments, learning rate included.
 */
final class BoostedTree implements TreeStructure {

    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final boolean[] missingLeft;
    private final BitSet[] categories;
    private final double[] value;
    private final double[] cover;
    private final List<String> featureNames;

    /**
     * The arrays are kept, not copied: callers hand over arrays they no longer touch. {@code categories[node]}
     * is the left set of a categorical split, null at other nodes.
     */
    BoostedTree(int[] feature, double[] threshold, int[] left, int[] right, boolean[] missingLeft,
                BitSet[] categories, double[] value, double[] cover, List<String> featureNames) {
        int n = feature.length;
        if (n == 0 || threshold.length != n || left.length != n || right.length != n || missingLeft.length != n
                || categories.length != n || value.length != n || cover.length != n) {
            throw new IllegalArgumentException("tree arrays must be non-empty and equally long");
        }
        for (int node = 0; node < n; node++) {
            boolean leaf = left[node] < 0;
            if (leaf != (right[node] < 0) || (!leaf && (left[node] <= node || right[node] <= node
                    || left[node] >= n || right[node] >= n || feature[node] < 0
                    || feature[node] >= featureNames.size()))) {
                throw new IllegalArgumentException("tree node " + node + " has invalid children or feature");
            }
        }
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
        this.missingLeft = missingLeft;
        this.categories = categories;
        this.value = value;
        this.cover = cover;
        this.featureNames = featureNames;
    }

    @Override
    public int nodeCount() {
        return feature.length;
    }

    @Override
    public boolean isLeaf(int node) {
        return left[node] < 0;
    }

    @Override
    public int feature(int node) {
        return isLeaf(node) ? -1 : feature[node];
    }

    @Override
    public double threshold(int node) {
        return isLeaf(node) ? Double.NaN : threshold[node];
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
    public boolean categoricalSplit(int node) {
        return categories[node] != null;
    }

    @Override
    public BitSet leftCategories(int node) {
        return categories[node] == null ? new BitSet() : (BitSet) categories[node].clone();
    }

    @Override
    public double cover(int node) {
        return cover[node];
    }

    @Override
    public double[] value(int node) {
        return new double[] {value[node]};
    }

    @Override
    public List<String> featureNames() {
        return featureNames;
    }

    int[] features() {
        return feature;
    }

    double[] thresholds() {
        return threshold;
    }

    int[] lefts() {
        return left;
    }

    int[] rights() {
        return right;
    }

    boolean[] missingLefts() {
        return missingLeft;
    }

    double[] values() {
        return value;
    }

    double[] covers() {
        return cover;
    }
}
