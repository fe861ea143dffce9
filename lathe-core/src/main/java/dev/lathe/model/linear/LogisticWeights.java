package dev.lathe.model.linear;

import dev.lathe.model.linear.LogisticRegression.ClassWeight;

/** Row weights of a logistic fit: checked sample weights times class weights. */
final class LogisticWeights {

    private LogisticWeights() {
    }

    /** The sample weights checked (one finite non-negative weight per row, some positive), or all ones when null. */
    static double[] sampleWeights(double[] given, int rows) {
        double[] w = new double[rows];
        if (given == null) {
            java.util.Arrays.fill(w, 1);
            return w;
        }
        if (given.length != rows) {
            throw new IllegalArgumentException("got " + given.length + " sample weights for " + rows + " rows");
        }
        boolean positive = false;
        for (int i = 0; i < rows; i++) {
            if (!(given[i] >= 0) || Double.isInfinite(given[i])) {
                throw new IllegalArgumentException("sample weight of row " + (i + 1) + " is " + given[i]
                        + "; weights must be finite and at least 0");
            }
            positive |= given[i] > 0;
            w[i] = given[i];
        }
        if (!positive) {
            throw new IllegalArgumentException("all sample weights are 0; at least one row must count");
        }
        return w;
    }

    /**
     * {@code weights} times the class weight of each row's label: 1, or for balanced n / (classes * n_k)
     * with n_k the number of rows labelled k (as scikit-learn, not weighted by the sample weights).
     */
    static double[] withClassWeights(double[] weights, int[] labels, int classes, ClassWeight mode) {
        if (mode == ClassWeight.NONE) {
            return weights;
        }
        double[] counts = new double[classes];
        for (int label : labels) {
            counts[label]++;
        }
        double[] out = new double[weights.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = weights[i] * labels.length / (classes * counts[labels[i]]);
        }
        return out;
    }
}
