package dev.lathe.model.tree;

import dev.lathe.model.Task;

/**
 * How a tree measures a node's impurity, as scikit-learn defines it. Classification criteria work on the
 * node's weight per class; regression criteria but absolute_error on the weighted sums {@code [sum w y, sum w y^2,
 * sum w y log y]}.
 */
public enum Criterion {
    /** Gini index 1 - sum_k p_k^2 (classification; the default). */
    GINI(Task.CLASSIFICATION),
    /** Shannon entropy -sum_k p_k log2 p_k (classification). */
    ENTROPY(Task.CLASSIFICATION),
    /** Same as {@link #ENTROPY}: the log loss of the node's class frequencies (classification). */
    LOG_LOSS(Task.CLASSIFICATION),
    /** Weighted variance of the target; leaves predict the mean (regression; the default). */
    SQUARED_ERROR(Task.REGRESSION),
    /**
     * Weighted mean absolute deviation from the weighted median; leaves predict the weighted median
     * (regression). Computed from the node's targets ({@link WeightedMedians}), not from sums.
     */
    ABSOLUTE_ERROR(Task.REGRESSION),
    /** Half Poisson deviance; leaves predict the mean; needs a non-negative target (regression). */
    POISSON(Task.REGRESSION);

    /** Regression node sums per row: w y, w y^2, w y log y. */
    static final int REGRESSION_WIDTH = 3;

    private static final double EPSILON = Math.ulp(1.0);
    private final Task task;

    Criterion(Task task) {
        this.task = task;
    }

    /** The task this criterion serves. */
    public Task task() {
        return task;
    }

    /** The impurity of a node of total weight {@code w} whose sums are {@code s[off..off+width)}. */
    double impurity(double w, double[] s, int off, int width) {
        switch (this) {
            case GINI -> {
                double sum = 0;
                for (int k = 0; k < width; k++) {
                    double p = s[off + k] / w;
                    sum += p * p;
                }
                return 1 - sum;
            }
            case ENTROPY, LOG_LOSS -> {
                double h = 0;
                for (int k = 0; k < width; k++) {
                    double p = s[off + k] / w;
                    if (p > 0) {
                        h -= p * Math.log(p);
                    }
                }
                return h / Math.log(2);
            }
            case SQUARED_ERROR -> {
                double mean = s[off] / w;
                return s[off + 1] / w - mean * mean;
            }
            case ABSOLUTE_ERROR -> throw new IllegalStateException("absolute_error needs the node's targets");
            default -> {
                double mean = s[off] / w;
                return mean <= EPSILON ? 0 : s[off + 2] / w - mean * Math.log(mean);
            }
        }
    }

    /**
     * A score that orders the splits of one node as the impurity decrease does (larger is better), as
     * scikit-learn's proxy improvement; NEGATIVE_INFINITY when the split is not allowed (a Poisson child
     * with a zero sum).
     */
    double proxy(double wl, double[] sl, int offl, double wr, double[] sr, int offr, int width) {
        switch (this) {
            case GINI -> {
                // -(wl gini_l + wr gini_r) = sum_k l_k^2 / wl + sum_k r_k^2 / wr - (wl + wr)
                double left = 0;
                double right = 0;
                for (int k = 0; k < width; k++) {
                    left += sl[offl + k] * sl[offl + k];
                    right += sr[offr + k] * sr[offr + k];
                }
                return left / wl + right / wr;
            }
            case SQUARED_ERROR -> {
                return sl[offl] * sl[offl] / wl + sr[offr] * sr[offr] / wr;
            }
            case POISSON -> {
                if (sl[offl] <= EPSILON || sr[offr] <= EPSILON) {
                    return Double.NEGATIVE_INFINITY;
                }
                return sl[offl] * Math.log(sl[offl] / wl) + sr[offr] * Math.log(sr[offr] / wr);
            }
            default -> {
                return -(wl * impurity(wl, sl, offl, width) + wr * impurity(wr, sr, offr, width));
            }
        }
    }

    /** Checks that the criterion serves {@code expected}; a clear error naming the alternatives otherwise. */
    public static Criterion check(Criterion c, Task expected) {
        if (c == null || c.task != expected) {
            throw new IllegalArgumentException("criterion must be one of "
                    + (expected == Task.CLASSIFICATION ? "gini, entropy, log_loss" : "squared_error, absolute_error, poisson")
                    + " for " + expected.label() + ", got " + (c == null ? "nothing" : c.name().toLowerCase(
                    java.util.Locale.ROOT)));
        }
        return c;
    }
}
