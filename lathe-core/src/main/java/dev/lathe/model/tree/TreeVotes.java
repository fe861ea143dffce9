package dev.lathe.model.tree;

import dev.lathe.frame.Frame;
import dev.lathe.model.Features;
import java.util.List;

/** Predictions of one tree or the average of several: the leaf values each row reaches. */
public final class TreeVotes {

    private TreeVotes() {
    }

    /**
     * The feature columns of {@code x} a tree reads, column-major in the order of its feature names (NaN for
     * missing values).
     */
    public static double[][] inputs(TreeStructure tree, Frame x) {
        return Features.matrixWithMissing(x.select(tree.featureNames()));
    }

    /**
     * {@code result[row][k]}: value k of the leaf the row reaches, averaged over {@code trees}.
     *
     * @param trees fitted trees over the same features, with the same value width
     * @param x     rows with (at least) the trees' feature columns; missing values allowed
     */
    public static double[][] mean(List<Tree> trees, Frame x) {
        Tree first = trees.get(0);
        double[][] columns = inputs(first, x);
        int rows = x.rowCount();
        int width = first.valueWidth();
        double[][] out = new double[rows][width];
        for (Tree tree : trees) {
            for (int i = 0; i < rows; i++) {
                int leaf = tree.leaf(columns, i);
                for (int k = 0; k < width; k++) {
                    out[i][k] += tree.value(leaf, k);
                }
            }
        }
        if (trees.size() > 1) {
            for (double[] row : out) {
                for (int k = 0; k < width; k++) {
                    row[k] /= trees.size();
                }
            }
        }
        return out;
    }
}
