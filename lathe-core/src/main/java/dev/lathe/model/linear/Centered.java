package dev.lathe.model.linear;

/**
 * A design and target prepared as scikit-learn prepares them for its penalised linear models: with an
 * intercept, every column and the target minus its (weighted) mean; with weights, every row then scaled
 * by the square root of its weight. The penalised problem is solved on these without intercept, and the
 * intercept recovered by {@link #intercept}.
 *
 * @param x       prepared columns, column-major
 * @param y       prepared target
 * @param xOffset the subtracted column means (zeros without intercept)
 * @param yOffset the subtracted target mean (0 without intercept)
 */
record Centered(double[][] x, double[] y, double[] xOffset, double yOffset) {

    /**
     * Prepares {@code x} and {@code y} (left unchanged).
     *
     * @param weights one non-negative weight per row, or null for equal weights
     */
    static Centered of(double[][] x, double[] y, double[] weights, boolean fitIntercept) {
        int n = y.length;
        double[] offsets = new double[x.length];
        double yOffset = fitIntercept ? mean(y, weights) : 0;
        double[] root = null;
        if (weights != null) {
            root = new double[n];
            for (int i = 0; i < n; i++) {
                root[i] = Math.sqrt(weights[i]);
            }
        }
        double[][] cx = new double[x.length][];
        for (int j = 0; j < x.length; j++) {
            offsets[j] = fitIntercept ? mean(x[j], weights) : 0;
            cx[j] = shifted(x[j], offsets[j], root);
        }
        return new Centered(cx, shifted(y, yOffset, root), offsets, yOffset);
    }

    /** The intercept that goes with coefficients {@code w} fitted on the prepared data. */
    double intercept(double[] w) {
        double b = yOffset;
        for (int j = 0; j < w.length; j++) {
            b -= xOffset[j] * w[j];
        }
        return b;
    }

    private static double[] shifted(double[] v, double offset, double[] root) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = root == null ? v[i] - offset : (v[i] - offset) * root[i];
        }
        return out;
    }

    /** The (weighted) mean, with one correction pass so that data far from 0 keep their digits. */
    private static double mean(double[] v, double[] weights) {
        double total = 0;
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            double w = weights == null ? 1 : weights[i];
            total += w;
            sum += w * v[i];
        }
        double m = sum / total;
        double correction = 0;
        for (int i = 0; i < v.length; i++) {
            correction += (weights == null ? 1 : weights[i]) * (v[i] - m);
        }
        return m + correction / total;
    }
}
