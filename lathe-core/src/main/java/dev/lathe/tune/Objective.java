package dev.lathe.tune;

import java.util.List;

/**
 * The number a Bayesian proposer maximises for each finished trial: the mean of the trial's first metric,
 * negated when smaller is better; a trial whose score is not a number counts as the worst finite one.
 */
final class Objective {

    private Objective() {
    }

    /** One value per trial, in order, larger meaning better. */
    static double[] of(List<Trial> finished, boolean greaterIsBetter) {
        double[] y = new double[finished.size()];
        double worst = Double.POSITIVE_INFINITY;
        for (int i = 0; i < y.length; i++) {
            Trial t = finished.get(i);
            double m = t.mean(t.cv().metrics().get(0));
            y[i] = greaterIsBetter ? m : -m;
            if (Double.isFinite(y[i])) {
                worst = Math.min(worst, y[i]);
            }
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i]) || Double.isNaN(y[i])) {
                y[i] = Double.isFinite(worst) ? worst : 0;
            }
        }
        return y;
    }
}
