package dev.lathe.tune;

import dev.lathe.frame.Frame;
import dev.lathe.pipeline.FittedPipeline;

/**
 * A named score of a fitted pipeline on test rows, as cross-validation and search use it. The built-in
 * ones are in {@link Scorers}; a metric registry can supply more by implementing this interface.
 */
public interface Scorer {

    /** The metric's name as scikit-learn spells it ({@code rmse}, {@code roc_auc}...); unique in a run. */
    String name();

    /** Whether a larger score is better (r2, accuracy) rather than smaller (rmse, log_loss). */
    boolean greaterIsBetter();

    /**
     * The score of {@code fitted} on {@code test}.
     *
     * @param test   rows to score, with the target column
     * @param target the target column's name
     */
    double score(FittedPipeline fitted, Frame test, String target);
}
