package dev.lathe.model.ensemble;

import dev.lathe.parallel.Parallelism;
import java.util.BitSet;
import java.util.List;

/**
 * The trees of an ensemble packed into one set of flat arrays for scoring: per node its feature (-1 at a
 * leaf), threshold (NaN at a categorical split), absolute child indices, missing direction, left category
 * set and value. Rows are scored in fixed blocks of {@value #BLOCK}, the blocks in parallel; within a block
 * each tree is run over all the block's rows before the next tree, so the tree stays in cache while the
 * rows' features stream. Each row's trees are summed in tree order, so results do not depend on the number
 * of threads.
 */
final class FlatForest {

    private static final int BLOCK = 1024;

    private final int[] roots;
    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final boolean[] missingLeft;
    private final BitSet[] categories;
    private final double[] value;

    FlatForest(List<BoostedTree> trees) {
        int total = 0;
        roots = new int[trees.size()];
        for (int t = 0; t < roots.length; t++) {
            roots[t] = total;
            total += trees.get(t).nodeCount();
        }
        feature = new int[total];
        threshold = new double[total];
        left = new int[total];
        right = new int[total];
        missingLeft = new boolean[total];
        categories = new BitSet[total];
        value = new double[total];
        for (int t = 0; t < roots.length; t++) {
            BoostedTree tree = trees.get(t);
            int at = roots[t];
            for (int node = 0; node < tree.nodeCount(); node++) {
                int i = at + node;
                boolean leaf = tree.isLeaf(node);
                feature[i] = tree.feature(node);
                threshold[i] = tree.threshold(node);
                left[i] = leaf ? -1 : at + tree.left(node);
                right[i] = leaf ? -1 : at + tree.right(node);
                missingLeft[i] = tree.missingGoesLeft(node);
                categories[i] = tree.categoricalSplit(node) ? tree.leftCategories(node) : null;
                value[i] = tree.values()[node];
            }
        }
    }

    /**
     * Adds tree t's value to {@code out[t % out.length][row]} for the first {@code count} trees and every
     * row of column-major {@code x} (NaN = missing or unseen category).
     */
    void addTo(double[][] x, int count, double[][] out) {
        int n = x[0].length;
        int k = out.length;
        int blocks = (n + BLOCK - 1) / BLOCK;
        Parallelism.forEachIndex(blocks, b -> {
            int from = b * BLOCK;
            int to = Math.min(n, from + BLOCK);
            for (int t = 0; t < count; t++) {
                double[] o = out[t % k];
                int root = roots[t];
                for (int row = from; row < to; row++) {
                    o[row] += value[leaf(x, row, root)];
                }
            }
        });
    }

    private int leaf(double[][] x, int row, int root) {
        int node = root;
        int f;
        while ((f = feature[node]) >= 0) {
            double v = x[f][row];
            double t = threshold[node];
            if (v <= t) {
                node = left[node];
            } else if (v > t) {
                node = right[node];
            } else {
                node = goesLeftOtherwise(node, v) ? left[node] : right[node];
            }
        }
        return node;
    }

    /** Where a missing value, or any value at a categorical split (NaN threshold), goes. */
    private boolean goesLeftOtherwise(int node, double v) {
        if (v != v) {
            return missingLeft[node];
        }
        return categories[node] != null && categories[node].get((int) v);
    }
}
