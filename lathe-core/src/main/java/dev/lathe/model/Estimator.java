package dev.lathe.model;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.param.HasParams;

/**
 * The immutable configuration of a supervised learner (hyperparameters, seed). {@link #fit} returns a
 * new fitted {@link Model}; the estimator never changes.
 */
public interface Estimator extends HasParams {

    /**
     * Learns from numeric features (see {@link Features}) and a target.
     *
     * @param x training features, all numeric, without missing or infinite values
     * @param y training target: numeric for regressors; categorical, text, boolean or whole numbers for
     *          classifiers
     */
    Model fit(Frame x, Column y);

    /** What the estimator predicts. */
    Task task();
}
