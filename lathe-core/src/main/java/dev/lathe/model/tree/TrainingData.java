package dev.lathe.model.tree;

import java.util.List;

/**
 * What one tree learns from: binned features, a weight per row (0 leaves the row out, as a bootstrap
 * does) and each row's weighted contribution to the criterion's node sums ({@code width} per row). The
 * hot loops read {@link #packed}: per row its weight then its sums, side by side in memory.
 */
final class TrainingData {

    final Binned x;
    final double[] weights;
    final double[] sums;
    final double[] packed;
    /** Class code per row for classification (each row's sums are its weight at its class), else null. */
    final int[] labels;
    final int width;
    final Criterion criterion;
    final List<String> names;
    /** Weighted medians of the target for the absolute_error criterion, else null. */
    final WeightedMedians medians;

    private TrainingData(Binned x, double[] weights, double[] sums, int[] labels, int width, Criterion criterion,
                         List<String> names, WeightedMedians medians) {
        this.medians = medians;
        this.labels = labels;
        this.x = x;
        this.weights = weights;
        this.sums = sums;
        this.width = width;
        int stride = width + 1;
        this.packed = new double[weights.length * stride];
        for (int i = 0; i < weights.length; i++) {
            packed[i * stride] = weights[i];
            System.arraycopy(sums, i * width, packed, i * stride + 1, width);
        }
        this.criterion = criterion;
        this.names = names;
    }

    /** Class codes 0..classes-1 with row weights: a row adds its weight to its class's sum. */
    static TrainingData classification(Binned x, List<String> names, int[] codes, int classes, double[] weights,
                                       Criterion criterion) {
        double[] sums = new double[codes.length * classes];
        for (int i = 0; i < codes.length; i++) {
            sums[i * classes + codes[i]] = weights[i];
        }
        return new TrainingData(x, weights, sums, codes, classes, criterion, names, null);
    }

    /**
     * A numeric target with row weights: a row adds w y, w y^2 and w y log y; {@code byTarget} (the rows in
     * ascending order of target) is needed for absolute_error only, and may be null otherwise.
     */
    static TrainingData regression(Binned x, List<String> names, double[] y, double[] weights, Criterion criterion,
                                   int[] byTarget) {
        int width = Criterion.REGRESSION_WIDTH;
        double[] sums = new double[y.length * width];
        for (int i = 0; i < y.length; i++) {
            double w = weights[i];
            sums[i * width] = w * y[i];
            sums[i * width + 1] = w * y[i] * y[i];
            sums[i * width + 2] = y[i] > 0 ? w * y[i] * Math.log(y[i]) : 0;
        }
        WeightedMedians medians = criterion == Criterion.ABSOLUTE_ERROR ? new WeightedMedians(y, weights, byTarget) : null;
        return new TrainingData(x, weights, sums, null, width, criterion, names, medians);
    }

    /** Values a node stores: one per class for classification, the mean for regression. */
    int valueWidth() {
        return criterion.task() == dev.lathe.model.Task.CLASSIFICATION ? width : 1;
    }

    /** The rows with a positive weight, ascending. */
    int[] rows() {
        int count = 0;
        for (double w : weights) {
            count += w > 0 ? 1 : 0;
        }
        int[] rows = new int[count];
        for (int i = 0, k = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                rows[k++] = i;
            }
        }
        return rows;
    }
}
