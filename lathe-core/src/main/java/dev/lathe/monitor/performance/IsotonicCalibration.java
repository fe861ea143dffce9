package dev.lathe.monitor.performance;

import java.util.Arrays;

/**
 * A non-decreasing map from a classifier's score to the probability that the label is positive, fitted by
 * isotonic regression (pool adjacent violators) on reference scores and labels, as scikit-learn's
 * {@code IsotonicRegression(out_of_bounds="clip")}: equal scores are pooled first, predictions interpolate
 * linearly between the fitted points and are clipped outside the reference scores' range.
 */
public final class IsotonicCalibration {

    private final double[] x;
    private final double[] y;

    private IsotonicCalibration(double[] x, double[] y) {
        this.x = x;
        this.y = y;
    }

    /**
     * Fits the calibration.
     *
     * @param scores the classifier's scores on reference rows, finite
     * @param labels whether each reference row is positive
     * @throws IllegalArgumentException when the lengths differ, there are no rows or a score is not finite
     */
    public static IsotonicCalibration fit(double[] scores, boolean[] labels) {
        if (scores.length != labels.length || scores.length == 0) {
            throw new IllegalArgumentException("calibration needs scores and labels of one non-zero length, got "
                    + scores.length + " and " + labels.length);
        }
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("score " + i + " is " + scores[i] + ": calibration needs finite scores");
            }
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double[] ux = new double[scores.length];
        double[] sum = new double[scores.length];
        double[] weight = new double[scores.length];
        int m = -1;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (m < 0 || scores[i] != ux[m]) {
                ux[++m] = scores[i];
            }
            sum[m] += labels[i] ? 1 : 0;
            weight[m] += 1;
        }
        int n = m + 1;
        // pool adjacent violators over the unique scores: blocks of (mean, weight, count of unique scores)
        double[] mean = new double[n];
        double[] blockWeight = new double[n];
        int[] size = new int[n];
        int blocks = 0;
        for (int j = 0; j < n; j++) {
            mean[blocks] = sum[j] / weight[j];
            blockWeight[blocks] = weight[j];
            size[blocks] = 1;
            blocks++;
            while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1]) {
                double w = blockWeight[blocks - 2] + blockWeight[blocks - 1];
                mean[blocks - 2] = (mean[blocks - 2] * blockWeight[blocks - 2] + mean[blocks - 1] * blockWeight[blocks - 1]) / w;
                blockWeight[blocks - 2] = w;
                size[blocks - 2] += size[blocks - 1];
                blocks--;
            }
        }
        double[] fitted = new double[n];
        for (int b = 0, j = 0; b < blocks; b++) {
            for (int k = 0; k < size[b]; k++) {
                fitted[j++] = mean[b];
            }
        }
        return new IsotonicCalibration(Arrays.copyOf(ux, n), fitted);
    }

    /** The calibrated probability of a positive label for {@code score}. */
    public double apply(double score) {
        if (score <= x[0]) {
            return y[0];
        }
        if (score >= x[x.length - 1]) {
            return y[y.length - 1];
        }
        int hi = Arrays.binarySearch(x, score);
        if (hi >= 0) {
            return y[hi];
        }
        hi = -hi - 1;
        int lo = hi - 1;
        double t = (score - x[lo]) / (x[hi] - x[lo]);
        return y[lo] + t * (y[hi] - y[lo]);
    }

    /** {@link #apply} on each score. */
    public double[] apply(double[] scores) {
        double[] out = new double[scores.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = apply(scores[i]);
        }
        return out;
    }
}
