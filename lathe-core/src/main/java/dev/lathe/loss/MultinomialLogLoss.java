package dev.lathe.loss;

/**
 * Multinomial log loss (cross-entropy of the softmax) of K raw scores against a class code: the
 * multi-class counterpart of {@link Losses#log()}, which is not pointwise in one score and so is not a
 * {@link Loss}. Gradient p_k - [y = k] and diagonal Hessian p_k (1 - p_k), as scikit-learn's
 * HistGradientBoosting uses.
 */
public final class MultinomialLogLoss {

    private MultinomialLogLoss() {
    }

    /** Softmax of {@code scores} into {@code out} (same length), computed without overflow. */
    public static void softmax(double[] scores, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < scores.length; k++) {
            out[k] = Math.exp(scores[k] - max);
            sum += out[k];
        }
        for (int k = 0; k < scores.length; k++) {
            out[k] /= sum;
        }
    }

    /** -log softmax(scores)[y] for class code {@code y} in [0, K). */
    public static double value(int y, double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (double s : scores) {
            sum += Math.exp(s - max);
        }
        return max + Math.log(sum) - scores[y];
    }

    /** Gradient p_k - [y = k] of {@link #value} in score k, given the softmax {@code p}. */
    public static double gradient(int y, double[] p, int k) {
        return p[k] - (y == k ? 1 : 0);
    }

    /** Diagonal Hessian p_k (1 - p_k) in score k, floored so Newton steps stay finite. */
    public static double hessian(double[] p, int k) {
        return Math.max(p[k] * (1 - p[k]), 1e-16);
    }
}
