package dev.lathe.model.ensemble;

import dev.lathe.loss.MultinomialLogLoss;

/**
 * Multinomial log loss over K classes: one raw score, and one tree per iteration, per class. Targets
 * are class codes 0..K-1 held as doubles.
 *
 * @param classes K, at least 3 (two classes use the binary log loss)
 */
record MultinomialObjective(int classes) implements Objective {

    @Override
    public int outputs() {
        return classes;
    }

    /** The log of each class's weighted share, as scikit-learn starts (floored for classes never seen). */
    @Override
    public double[] baseScores(double[] y, double[] w, int[] rows) {
        double[] share = new double[classes];
        double total = 0;
        for (int r : rows) {
            double weight = w == null ? 1 : w[r];
            share[(int) y[r]] += weight;
            total += weight;
        }
        double[] out = new double[classes];
        for (int k = 0; k < classes; k++) {
            out[k] = Math.log(Math.max(share[k] / total, 1e-15));
        }
        return out;
    }

    @Override
    public void gradients(double[] y, double[] w, double[][] raw, int[] rows, int from, int to, double[][] g,
                          double[][] h) {
        double[] scores = new double[classes];
        double[] p = new double[classes];
        for (int i = from; i < to; i++) {
            int r = rows[i];
            for (int k = 0; k < classes; k++) {
                scores[k] = raw[k][r];
            }
            MultinomialLogLoss.softmax(scores, p);
            double weight = w == null ? 1 : w[r];
            for (int k = 0; k < classes; k++) {
                g[k][r] = weight * MultinomialLogLoss.gradient((int) y[r], p, k);
                h[k][r] = weight * MultinomialLogLoss.hessian(p, k);
            }
        }
    }

    @Override
    public double meanLoss(double[] y, double[] w, double[][] raw, int[] rows) {
        double[] scores = new double[classes];
        double s = 0;
        double total = 0;
        for (int r : rows) {
            for (int k = 0; k < classes; k++) {
                scores[k] = raw[k][r];
            }
            double weight = w == null ? 1 : w[r];
            s += weight * MultinomialLogLoss.value((int) y[r], scores);
            total += weight;
        }
        return s / total;
    }
}
