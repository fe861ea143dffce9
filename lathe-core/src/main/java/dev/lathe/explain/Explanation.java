package dev.lathe.explain;

import dev.lathe.frame.Frame;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * SHAP values of some rows: for output k and row i, {@code expectedValue[k] + sum_j values[k][i][j]} equals
 * {@code predictions[k][i]}, the model output being explained (additivity).
 *
 * @param method        how the values were computed (e.g. {@code tree_path_dependent}, {@code kernel})
 * @param scale         what the outputs are, in words (e.g. "probability", "log-odds")
 * @param outputs       a name per output (class labels, or {@code prediction})
 * @param features      the explained features (or input columns), in value order
 * @param expectedValue per output, the output's expected value over the background (or the training data)
 * @param predictions   {@code predictions[k][i]}: output k of row i
 * @param values        {@code values[k][i][j]}: the SHAP value of feature j in row i for output k
 * @param rows          the explained rows, one column per feature (used to colour and place plot points)
 */
public record Explanation(String method, String scale, List<String> outputs, List<String> features,
                          double[] expectedValue, double[][] predictions, double[][][] values, Frame rows) {

    public Explanation {
        outputs = List.copyOf(outputs);
        features = List.copyOf(features);
        if (expectedValue.length != outputs.size() || predictions.length != outputs.size()
                || values.length != outputs.size()) {
            throw new IllegalArgumentException("expected values, predictions and values need one entry per output ("
                    + outputs.size() + ")");
        }
        if (rows.columnCount() != features.size() || rows.rowCount() != predictions[0].length) {
            throw new IllegalArgumentException("the explained rows must have one column per feature and one row per "
                    + "prediction");
        }
    }

    /** Number of explained rows. */
    public int rowCount() {
        return predictions[0].length;
    }

    /** Mean absolute SHAP value of each feature for output {@code k} (in feature order). */
    public double[] importance(int k) {
        double[] out = new double[features.size()];
        for (double[] row : values[k]) {
            for (int j = 0; j < out.length; j++) {
                out[j] += Math.abs(row[j]);
            }
        }
        for (int j = 0; j < out.length; j++) {
            out[j] /= rowCount();
        }
        return out;
    }

    /** Feature indices by decreasing mean |SHAP| for output {@code k} (ties in feature order). */
    public int[] ranking(int k) {
        double[] imp = importance(k);
        return java.util.stream.IntStream.range(0, imp.length).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> -imp[j])).mapToInt(Integer::intValue).toArray();
    }

    /** The largest |expected value + sum of SHAP values - prediction| over outputs and rows. */
    public double additivityError() {
        double worst = 0;
        for (int k = 0; k < outputs.size(); k++) {
            for (int i = 0; i < rowCount(); i++) {
                double sum = expectedValue[k];
                for (double v : values[k][i]) {
                    sum += v;
                }
                worst = Math.max(worst, Math.abs(sum - predictions[k][i]));
            }
        }
        return worst;
    }

    /**
     * The same explanation with features summed into groups (e.g. the one-hot columns of one input column):
     * group g's value is the sum of the values of the features j with {@code groupOf[j] == g}.
     *
     * @param groups  the group names, which become the features
     * @param groupOf per feature, its group index
     * @param rows    the explained rows, one column per group
     */
    public Explanation grouped(List<String> groups, int[] groupOf, Frame rows) {
        if (groupOf.length != features.size()) {
            throw new IllegalArgumentException(groupOf.length + " group indices for " + features.size() + " features");
        }
        double[][][] out = new double[outputs.size()][rowCount()][groups.size()];
        for (int k = 0; k < out.length; k++) {
            for (int i = 0; i < rowCount(); i++) {
                for (int j = 0; j < groupOf.length; j++) {
                    out[k][i][groupOf[j]] += values[k][i][j];
                }
            }
        }
        return new Explanation(method, scale, outputs, new ArrayList<>(groups), expectedValue, predictions, out, rows);
    }
}
