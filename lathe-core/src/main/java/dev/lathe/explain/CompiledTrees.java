package dev.lathe.explain;

import dev.lathe.model.tree.AdditiveTrees;
import dev.lathe.model.tree.TreeStructure;
import java.util.BitSet;
import java.util.List;

/**
 * The trees of an {@link AdditiveTrees} packed into flat arrays for the TreeSHAP walks, nodes of all trees
 * numbered together. Per node: feature, threshold, missing direction, left category set, children and the
 * fraction of its parent's cover it holds; per leaf, its values (times the ensemble's weight); per tree, its
 * root, how many values its leaves hold and the first output they add to.
 */
final class CompiledTrees {

    final int outputs;
    final int features;
    final double[] base;
    final int[] root;
    final int[] width;
    final int[] firstOutput;
    final int[] feature;
    final double[] threshold;
    final boolean[] missingLeft;
    final BitSet[] categories;
    final int[] left;
    final int[] right;
    /** Cover of the node divided by its parent's cover (1 at roots); 1/2 below a node without cover. */
    final double[] fraction;
    /** Index of a leaf's first value in {@link #values}; -1 at split nodes. */
    final int[] valueAt;
    final double[] values;
    final int maxDepth;

    CompiledTrees(AdditiveTrees model) {
        List<TreeStructure> trees = model.trees();
        outputs = model.outputs().size();
        features = model.features().size();
        base = model.base();
        int nodes = 0;
        int valueCount = 0;
        root = new int[trees.size()];
        width = new int[trees.size()];
        firstOutput = new int[trees.size()];
        for (int t = 0; t < trees.size(); t++) {
            TreeStructure tree = trees.get(t);
            width[t] = model.outputOf()[t] < 0 ? outputs : 1;
            firstOutput[t] = Math.max(0, model.outputOf()[t]);
            root[t] = nodes;
            nodes += tree.nodeCount();
            for (int n = 0; n < tree.nodeCount(); n++) {
                valueCount += tree.isLeaf(n) ? width[t] : 0;
            }
        }
        feature = new int[nodes];
        threshold = new double[nodes];
        missingLeft = new boolean[nodes];
        categories = new BitSet[nodes];
        left = new int[nodes];
        right = new int[nodes];
        fraction = new double[nodes];
        valueAt = new int[nodes];
        values = new double[valueCount];
        int depth = 0;
        int v = 0;
        for (int t = 0; t < trees.size(); t++) {
            TreeStructure tree = trees.get(t);
            int at = root[t];
            fraction[at] = 1;
            for (int n = 0; n < tree.nodeCount(); n++) {
                int g = at + n;
                valueAt[g] = -1;
                feature[g] = -1;
                if (tree.isLeaf(n)) {
                    double[] leaf = tree.value(n);
                    if (leaf.length != width[t]) {
                        throw new IllegalArgumentException("tree " + t + " leaf " + n + " holds " + leaf.length
                                + " values, expected " + width[t]);
                    }
                    valueAt[g] = v;
                    for (double x : leaf) {
                        values[v++] = x * model.weight();
                    }
                    continue;
                }
                feature[g] = tree.feature(n);
                threshold[g] = tree.threshold(n);
                missingLeft[g] = tree.missingGoesLeft(n);
                categories[g] = tree.categoricalSplit(n) ? tree.leftCategories(n) : null;
                left[g] = at + tree.left(n);
                right[g] = at + tree.right(n);
                double cover = tree.cover(n);
                fraction[left[g]] = cover > 0 ? tree.cover(tree.left(n)) / cover : 0.5;
                fraction[right[g]] = cover > 0 ? tree.cover(tree.right(n)) / cover : 0.5;
            }
            depth = Math.max(depth, depth(at));
        }
        maxDepth = depth;
    }

    private int depth(int node) {
        return valueAt[node] >= 0 ? 0 : 1 + Math.max(depth(left[node]), depth(right[node]));
    }

    /** Number of trees. */
    int trees() {
        return root.length;
    }

    /** Whether {@code node} is a leaf. */
    boolean leaf(int node) {
        return valueAt[node] >= 0;
    }

    /** The child of split {@code node} a row with feature value {@code v} (NaN = missing) goes to. */
    int child(int node, double v) {
        boolean goLeft;
        if (Double.isNaN(v)) {
            goLeft = missingLeft[node];
        } else if (categories[node] != null) {
            goLeft = categories[node].get((int) v);
        } else {
            goLeft = v <= threshold[node];
        }
        return goLeft ? left[node] : right[node];
    }

    /** The leaf tree {@code t} sends {@code row} (feature values in feature order) to. */
    int leafOf(int t, double[] row) {
        int node = root[t];
        while (valueAt[node] < 0) {
            node = child(node, row[feature[node]]);
        }
        return node;
    }

    /** Adds the outputs of {@code row} (base included) to {@code out[k]}. */
    void addOutputs(double[] row, double[] out) {
        for (int k = 0; k < outputs; k++) {
            out[k] += base[k];
        }
        for (int t = 0; t < root.length; t++) {
            int leaf = leafOf(t, row);
            for (int k = 0; k < width[t]; k++) {
                out[firstOutput[t] + k] += values[valueAt[leaf] + k];
            }
        }
    }

    /** The cover-weighted mean output of the trees (the path-dependent expected value), base included. */
    double[] expected() {
        double[] out = base.clone();
        for (int t = 0; t < root.length; t++) {
            addMean(root[t], 1, t, out);
        }
        return out;
    }

    private void addMean(int node, double weight, int t, double[] out) {
        if (leaf(node)) {
            for (int k = 0; k < width[t]; k++) {
                out[firstOutput[t] + k] += weight * values[valueAt[node] + k];
            }
            return;
        }
        addMean(left[node], weight * fraction[left[node]], t, out);
        addMean(right[node], weight * fraction[right[node]], t, out);
    }
}
