package dev.lathe.model.ensemble;

import dev.lathe.model.tree.Tree;
import java.util.Arrays;

/** Out-of-bag predictions: each training row predicted only by the trees that did not learn from it. */
final class OutOfBag {

    private OutOfBag() {
    }

    /**
     * {@code result[i]}: the mean leaf values over the trees for which row i was out of bag; NaN when it
     * never was.
     *
     * @param grown   the trees with their row weights (0 = out of bag)
     * @param columns the training features, column-major, missing values kept
     */
    static double[][] predictions(Grown grown, double[][] columns) {
        int rows = columns[0].length;
        int width = grown.trees().get(0).valueWidth();
        double[][] sum = new double[rows][width];
        int[] votes = new int[rows];
        for (int t = 0; t < grown.trees().size(); t++) {
            Tree tree = grown.trees().get(t);
            double[] w = grown.rowWeights().get(t);
            for (int i = 0; i < rows; i++) {
                if (w[i] == 0) {
                    votes[i]++;
                    int leaf = tree.leaf(columns, i);
                    for (int k = 0; k < width; k++) {
                        sum[i][k] += tree.value(leaf, k);
                    }
                }
            }
        }
        for (int i = 0; i < rows; i++) {
            if (votes[i] == 0) {
                Arrays.fill(sum[i], Double.NaN);
            } else {
                for (int k = 0; k < width; k++) {
                    sum[i][k] /= votes[i];
                }
            }
        }
        return sum;
    }

    /** Indices of the rows that have a prediction (were out of bag at least once). */
    static int[] covered(double[][] predictions) {
        return java.util.stream.IntStream.range(0, predictions.length)
                .filter(i -> !Double.isNaN(predictions[i][0])).toArray();
    }
}
