package dev.lathe.model.ensemble;

import dev.lathe.parallel.Parallelism;
import java.util.BitSet;
import java.util.List;

/**
 * The trees of an ensemble packed into flat arrays for scoring. Split nodes of all trees are numbered
 * together: per split its feature, threshold (NaN at a categorical split), missing direction, left category
 * set, and its two children, where a child {@code c >= 0} is another split and {@code c < 0} is leaf
 * {@code ~c} of {@link #leafValue}. A tree that is a single leaf has root {@code ~leaf}.
 *
 * <p>Rows are scored in fixed blocks of {@value #BLOCK}, the blocks in parallel. A block's features are
 * first copied row-major, so that a row's walk down a tree reads one small contiguous stretch; then each
 * tree runs over all the block's rows before the next tree, so the tree stays in cache. Rows walk down a
 * tree four at a time, their nodes held in registers, so that the four independent chains of loads overlap
 * in the processor instead of each waiting on its own. The comparison with the threshold picks the child
 * by index rather than by a branch; only missing values and categorical splits take the slower path. Each
 * row's trees are summed in tree order, so results do not depend on the number of threads.
 */
final class FlatForest {

    private static final int BLOCK = 256;

    private final int[] roots;
    private final int[] feature;
    private final double[] threshold;
    private final int[] children;
    private final boolean[] missingLeft;
    private final BitSet[] categories;
    private final double[] leafValue;

    FlatForest(List<BoostedTree> trees) {
        int splits = 0;
        int leaves = 0;
        for (BoostedTree tree : trees) {
            for (int node = 0; node < tree.nodeCount(); node++) {
                if (tree.isLeaf(node)) {
                    leaves++;
                } else {
                    splits++;
                }
            }
        }
        roots = new int[trees.size()];
        feature = new int[splits];
        threshold = new double[splits];
        children = new int[2 * splits];
        missingLeft = new boolean[splits];
        categories = new BitSet[splits];
        leafValue = new double[leaves];
        int[] at = {0, 0};
        for (int t = 0; t < roots.length; t++) {
            roots[t] = pack(trees.get(t), 0, at);
        }
    }

    /** Packs the subtree of {@code node} (depth first), returning its packed reference. */
    private int pack(BoostedTree tree, int node, int[] at) {
        if (tree.isLeaf(node)) {
            int leaf = at[1]++;
            leafValue[leaf] = tree.values()[node];
            return ~leaf;
        }
        int s = at[0]++;
        feature[s] = tree.feature(node);
        threshold[s] = tree.threshold(node);
        missingLeft[s] = tree.missingGoesLeft(node);
        categories[s] = tree.categoricalSplit(node) ? tree.leftCategories(node) : null;
        children[2 * s] = pack(tree, tree.left(node), at);
        children[2 * s + 1] = pack(tree, tree.right(node), at);
        return s;
    }

    /**
     * Adds tree t's value to {@code out[t % out.length][row]} for the first {@code count} trees and every
     * row of column-major {@code x} (NaN = missing or unseen category).
     */
    void addTo(double[][] x, int count, double[][] out) {
        int n = x[0].length;
        int p = x.length;
        int k = out.length;
        int blocks = (n + BLOCK - 1) / BLOCK;
        Parallelism.forEachIndex(blocks, blockIndex -> {
            int from = blockIndex * BLOCK;
            int rows = Math.min(n, from + BLOCK) - from;
            double[] block = new double[rows * p];
            for (int j = 0; j < p; j++) {
                double[] col = x[j];
                for (int r = 0; r < rows; r++) {
                    block[r * p + j] = col[from + r];
                }
            }
            for (int t = 0; t < count; t++) {
                double[] o = out[t % k];
                int root = roots[t];
                int r = 0;
                for (; r + 4 <= rows; r += 4) {
                    int base = r * p;
                    int a = root;
                    int b = root;
                    int c = root;
                    int d = root;
                    while ((a & b & c & d) >= 0) {
                        a = a >= 0 ? step(block, base, a) : a;
                        b = b >= 0 ? step(block, base + p, b) : b;
                        c = c >= 0 ? step(block, base + 2 * p, c) : c;
                        d = d >= 0 ? step(block, base + 3 * p, d) : d;
                    }
                    o[from + r] += leafValue[~a];
                    o[from + r + 1] += leafValue[~b];
                    o[from + r + 2] += leafValue[~c];
                    o[from + r + 3] += leafValue[~d];
                }
                for (; r < rows; r++) {
                    int node = root;
                    while (node >= 0) {
                        node = step(block, r * p, node);
                    }
                    o[from + r] += leafValue[~node];
                }
            }
        });
    }

    /** The child of split {@code node} taken by the row whose features start at {@code base}. */
    private int step(double[] block, int base, int node) {
        double v = block[base + feature[node]];
        double t = threshold[node];
        int side = v > t ? 1 : 0;
        if (v != v || t != t) {
            side = goesLeftOtherwise(node, v) ? 0 : 1;
        }
        return children[2 * node + side];
    }

    /** Where a missing value, or any value at a categorical split (NaN threshold), goes. */
    private boolean goesLeftOtherwise(int node, double v) {
        if (v != v) {
            return missingLeft[node];
        }
        return categories[node] != null && categories[node].get((int) v);
    }
}
