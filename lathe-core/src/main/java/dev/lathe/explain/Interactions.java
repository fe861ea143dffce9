package dev.lathe.explain;

import java.util.List;

/**
 * SHAP interaction values: {@code values[k][i][a][b]} is the interaction of features a and b in row i for
 * output k (split evenly between [a][b] and [b][a]); the diagonal holds each feature's main effect. Row a of
 * a row's matrix sums to feature a's SHAP value, and the whole matrix plus the expected value to the output.
 *
 * @param outputs       a name per output
 * @param features      the features, in matrix order
 * @param expectedValue per output
 * @param predictions   {@code predictions[k][i]}: output k of row i
 * @param values        {@code values[k][i][a][b]}
 */
public record Interactions(List<String> outputs, List<String> features, double[] expectedValue,
                           double[][] predictions, double[][][][] values) {

    public Interactions {
        outputs = List.copyOf(outputs);
        features = List.copyOf(features);
    }

    /**
     * The feature whose interaction with feature {@code j} has the largest mean absolute value over the rows
     * (for output {@code k}); -1 when there is no other feature.
     */
    public int strongestPartner(int k, int j) {
        int best = -1;
        double bestValue = -1;
        for (int a = 0; a < features.size(); a++) {
            if (a == j) {
                continue;
            }
            double sum = 0;
            for (double[][] m : values[k]) {
                sum += Math.abs(m[j][a]);
            }
            if (sum > bestValue) {
                best = a;
                bestValue = sum;
            }
        }
        return best;
    }

    /**
     * The interactions with features summed into groups: [g][h] sums [a][b] over a in group g and b in h.
     *
     * @param groups  the group names
     * @param groupOf per feature, its group index
     */
    public Interactions grouped(List<String> groups, int[] groupOf) {
        int g = groups.size();
        double[][][][] out = new double[values.length][][][];
        for (int k = 0; k < values.length; k++) {
            out[k] = new double[values[k].length][g][g];
            for (int i = 0; i < values[k].length; i++) {
                for (int a = 0; a < groupOf.length; a++) {
                    for (int b = 0; b < groupOf.length; b++) {
                        out[k][i][groupOf[a]][groupOf[b]] += values[k][i][a][b];
                    }
                }
            }
        }
        return new Interactions(outputs, groups, expectedValue, predictions, out);
    }
}
