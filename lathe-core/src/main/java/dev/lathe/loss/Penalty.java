package dev.lathe.loss;

import dev.lathe.param.Check;

/**
 * A penalty on model coefficients: alpha (l1_ratio ||w||_1 + (1 - l1_ratio) ||w||_2^2 / 2), as scikit-learn's
 * ElasticNet writes it; {@code l1_ratio} 0 is ridge (L2), 1 is lasso (L1). Intercepts are never penalised.
 *
 * @param alpha   strength, at least 0
 * @param l1Ratio share of the L1 part, in [0, 1]
 */
public record Penalty(double alpha, double l1Ratio) {

    public Penalty {
        Check.nonNegative("alpha", alpha);
        Check.inRange("l1_ratio", l1Ratio, 0, 1);
    }

    /** No penalty. */
    public static Penalty none() {
        return new Penalty(0, 0);
    }

    /** L2 (ridge) of strength alpha: alpha ||w||^2 / 2. */
    public static Penalty l2(double alpha) {
        return new Penalty(alpha, 0);
    }

    /** L1 (lasso) of strength alpha: alpha ||w||_1. */
    public static Penalty l1(double alpha) {
        return new Penalty(alpha, 1);
    }

    /** The penalty's value at {@code w}. */
    public double value(double[] w) {
        double l1 = 0;
        double l2 = 0;
        for (double v : w) {
            l1 += Math.abs(v);
            l2 += v * v;
        }
        return alpha * (l1Ratio * l1 + (1 - l1Ratio) * l2 / 2);
    }

    /** The gradient of the smooth (L2) part at {@code w}, added into {@code gradient}. */
    public void addSmoothGradient(double[] w, double[] gradient) {
        double c = alpha * (1 - l1Ratio);
        for (int j = 0; j < w.length; j++) {
            gradient[j] += c * w[j];
        }
    }

    /** The soft-thresholding proximal step of the L1 part with step size {@code step}, applied in place. */
    public void proximalL1(double[] w, double step) {
        double t = alpha * l1Ratio * step;
        for (int j = 0; j < w.length; j++) {
            w[j] = Math.signum(w[j]) * Math.max(0, Math.abs(w[j]) - t);
        }
    }
}
