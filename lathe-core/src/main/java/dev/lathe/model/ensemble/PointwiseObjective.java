package dev.lathe.model.ensemble;

import dev.lathe.loss.Loss;

/**
 * An {@link Objective} with one raw score per row and a pointwise {@link Loss}.
 *
 * @param loss the loss, with its derivative and Hessian
 * @param base the best constant score for given targets, weights and rows
 */
record PointwiseObjective(Loss loss, BaseScore base, double refitQuantile) implements Objective {

    /** Keeps the Newton step for leaf values. */
    PointwiseObjective(Loss loss, BaseScore base) {
        this(loss, base, Double.NaN);
    }

    /** With {@code refitQuantile} not NaN, leaves take that weighted quantile of their rows' residuals. */
    @Override
    public TreeGrower.LeafRefit leafRefit(double[] y, double[] w, double[] raw) {
        if (Double.isNaN(refitQuantile)) {
            return null;
        }
        return (rows, from, to) -> {
            double[] residual = new double[to - from];
            double[] weight = new double[to - from];
            for (int i = from; i < to; i++) {
                residual[i - from] = y[rows[i]] - raw[rows[i]];
                weight[i - from] = w == null ? 1 : w[rows[i]];
            }
            return weightedQuantile(residual, weight, refitQuantile);
        };
    }

    /** The best constant raw score for targets {@code y[rows[i]]}, weights {@code w} (null: unit). */
    @FunctionalInterface
    interface BaseScore {
        double of(double[] y, double[] w, int[] rows);
    }

    @Override
    public int outputs() {
        return 1;
    }

    @Override
    public double[] baseScores(double[] y, double[] w, int[] rows) {
        return new double[] {base.of(y, w, rows)};
    }

    @Override
    public void gradients(double[] y, double[] w, double[][] raw, int[] rows, int from, int to, double[][] g,
                          double[][] h) {
        loss.derivatives(y, raw[0], w, rows, from, to, g[0], h[0]);
    }

    @Override
    public double meanLoss(double[] y, double[] w, double[][] raw, int[] rows) {
        double s = 0;
        double total = 0;
        for (int r : rows) {
            double weight = w == null ? 1 : w[r];
            s += weight * loss.value(y[r], raw[0][r]);
            total += weight;
        }
        return s / total;
    }

    /** The weighted mean of the targets. */
    static double mean(double[] y, double[] w, int[] rows) {
        double s = 0;
        double total = 0;
        for (int r : rows) {
            double weight = w == null ? 1 : w[r];
            s += weight * y[r];
            total += weight;
        }
        return s / total;
    }

    /** The weighted q-quantile of the targets. */
    static double quantile(double[] y, double[] w, int[] rows, double q) {
        double[] values = new double[rows.length];
        double[] weights = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = y[rows[i]];
            weights[i] = w == null ? 1 : w[rows[i]];
        }
        return weightedQuantile(values, weights, q);
    }

    /** The smallest value whose cumulative weight reaches q of the total (0 for no values). */
    static double weightedQuantile(double[] values, double[] weights, double q) {
        if (values.length == 0) {
            return 0;
        }
        double[][] pairs = new double[values.length][];
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            pairs[i] = new double[] {values[i], weights[i]};
            total += weights[i];
        }
        java.util.Arrays.sort(pairs, (a, b) -> Double.compare(a[0], b[0]));
        double cumulative = 0;
        for (double[] p : pairs) {
            cumulative += p[1];
            if (cumulative >= q * total) {
                return p[0];
            }
        }
        return pairs[pairs.length - 1][0];
    }
}
