package dev.lathe.model.ensemble;

import dev.lathe.loss.Losses;

/**
 * The binary log loss for one boosting fit, p = 1 / (1 + e^-f) for a raw score f, with e^-f kept for every
 * row beside the raw scores: a tree multiplies it by e^-v for the rows of a leaf of value v (one exp per
 * leaf), so the gradients need no exp per row, which was most of the gradient pass's time. The kept values
 * drift from a fresh e^-f by rounding only (about 1e-14 relative after 100 trees); when a product leaves the
 * normal range (a score past about +-708, or a leaf value that large) the row's value is computed afresh from
 * its score, so it never stays stuck at 0 or infinity. Base scores, mean loss and leaf values are those of the
 * {@link PointwiseObjective} given. It holds state, so one instance serves one fit.
 */
final class LogisticObjective implements Objective {

    private final PointwiseObjective logLoss;
    private double[] negExp;

    /** {@code logLoss}: the log loss with its base score, for everything but the kept e^-f. */
    LogisticObjective(PointwiseObjective logLoss) {
        this.logLoss = logLoss;
    }

    @Override
    public int outputs() {
        return 1;
    }

    @Override
    public double[] baseScores(double[] y, double[] w, int[] rows) {
        return logLoss.baseScores(y, w, rows);
    }

    @Override
    public void start(double[][] raw) {
        double[] f = raw[0];
        negExp = new double[f.length];
        for (int r = 0; r < f.length; r++) {
            negExp[r] = Math.exp(-f[r]);
        }
    }

    @Override
    public void add(double[][] raw, int k, int[] rows, int from, int to, double v) {
        double[] f = raw[0];
        double[] e = negExp;
        double factor = Math.exp(-v);
        for (int i = from; i < to; i++) {
            int r = rows[i];
            f[r] += v;
            double next = e[r] * factor;
            e[r] = next >= Double.MIN_NORMAL && next < Double.POSITIVE_INFINITY ? next : Math.exp(-f[r]);
        }
    }

    @Override
    public void gradients(double[] y, double[] w, double[][] raw, int[] rows, int from, int to, double[][] g,
                          double[][] h) {
        double[] e = negExp;
        double[] g0 = g[0];
        double[] h0 = h[0];
        for (int i = from; i < to; i++) {
            int r = rows[i];
            double weight = w == null ? 1 : w[r];
            double p = 1 / (1 + e[r]);
            g0[r] = weight * (p - y[r]);
            h0[r] = weight * Math.max(p * (1 - p), Losses.LOG_HESSIAN_FLOOR);
        }
    }

    @Override
    public double meanLoss(double[] y, double[] w, double[][] raw, int[] rows) {
        return logLoss.meanLoss(y, w, raw, rows);
    }
}
