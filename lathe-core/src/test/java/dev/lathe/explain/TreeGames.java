package dev.lathe.explain;

import dev.lathe.frame.Frame;
import dev.lathe.model.tree.AdditiveTrees;
import dev.lathe.model.tree.TreeStructure;

/**
 * The games TreeSHAP solves, evaluated naively from {@link TreeStructure} (Algorithm 1 of Lundberg et al.
 * 2018), for the brute-force tests.
 */
final class TreeGames {

    private TreeGames() {
    }

    /** The path-dependent expected output k given the features in {@code present}, for one row {@code x}. */
    static double pathDependent(AdditiveTrees model, double[] x, boolean[] present, int k) {
        double sum = 0;
        for (int t = 0; t < model.trees().size(); t++) {
            int o = model.outputOf()[t];
            if (o == k) {
                sum += expectation(model.trees().get(t), 0, x, present, 0);
            } else if (o < 0) {
                sum += expectation(model.trees().get(t), 0, x, present, k);
            }
        }
        return model.base()[k] + model.weight() * sum;
    }

    private static double expectation(TreeStructure tree, int node, double[] x, boolean[] present, int k) {
        if (tree.isLeaf(node)) {
            return tree.value(node)[k];
        }
        int f = tree.feature(node);
        if (present[f]) {
            return expectation(tree, goesLeft(tree, node, x[f]) ? tree.left(node) : tree.right(node), x, present, k);
        }
        double l = tree.cover(tree.left(node));
        double r = tree.cover(tree.right(node));
        return (l * expectation(tree, tree.left(node), x, present, k)
                + r * expectation(tree, tree.right(node), x, present, k)) / tree.cover(node);
    }

    private static boolean goesLeft(TreeStructure tree, int node, double v) {
        if (Double.isNaN(v)) {
            return tree.missingGoesLeft(node);
        }
        return tree.categoricalSplit(node) ? tree.leftCategories(node).get((int) v) : v <= tree.threshold(node);
    }

    /** Row i of column-major {@code columns}. */
    static double[] row(double[][] columns, int i) {
        double[] r = new double[columns.length];
        for (int j = 0; j < r.length; j++) {
            r[j] = columns[j][i];
        }
        return r;
    }

    /**
     * Rows that take column j from row {@code row} of {@code x} where {@code present[j]}, else from the
     * background, one hybrid row per background row.
     */
    static Frame hybrid(Frame x, int row, Frame background, boolean[] present) {
        Frame both = background.concat(x.take(new int[] {row}));
        int n = background.rowCount();
        java.util.List<dev.lathe.frame.Column> columns = new java.util.ArrayList<>();
        for (int j = 0; j < present.length; j++) {
            int[] index = new int[n];
            for (int b = 0; b < n; b++) {
                index[b] = present[j] ? n : b;
            }
            columns.add(both.column(j).take(index));
        }
        return Frame.of(columns);
    }
}
