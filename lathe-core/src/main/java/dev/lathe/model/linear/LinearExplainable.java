package dev.lathe.model.linear;

import dev.lathe.model.Explainable;

/**
 * A fitted model that is linear in its features (or in the log-odds), readable by exact Linear SHAP
 * ({@code dev.lathe.explain.LinearShap}).
 */
public interface LinearExplainable extends Explainable {

    /** The model's linear part. */
    LinearTerms linearTerms();
}
