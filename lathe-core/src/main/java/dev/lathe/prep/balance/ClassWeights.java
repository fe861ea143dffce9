package dev.lathe.prep.balance;

import dev.lathe.frame.Column;
import dev.lathe.model.Targets;

/**
 * Per-row weights that make every class weigh the same in total, for estimators that take sample weights
 * ({@link dev.lathe.model.SupportsSampleWeights}) instead of resampling.
 */
public final class ClassWeights {

    private ClassWeights() {
    }

    /**
     * scikit-learn's "balanced" weights, row by row: n_rows / (n_classes * rows of the row's class), as
     * {@code compute_class_weight("balanced", ...)} gives per class. Every class's weights sum to
     * n_rows / n_classes. Fails on a missing label.
     *
     * @param target the class labels, one per row
     * @return one weight per row of {@code target}
     */
    public static double[] balanced(Column target) {
        Targets.Encoded classes = Targets.labels(target);
        int[] counts = classes.counts();
        int[] codes = classes.codes();
        double[] weights = new double[codes.length];
        for (int i = 0; i < codes.length; i++) {
            weights[i] = (double) codes.length / ((double) counts.length * counts[codes[i]]);
        }
        return weights;
    }
}
