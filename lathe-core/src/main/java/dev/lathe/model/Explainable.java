package dev.lathe.model;

/**
 * Capability: a fitted model whose structure an exact explainer can read, so that its SHAP values are
 * computed from the model itself rather than by sampling its predictions. Tree models declare it through
 * {@link dev.lathe.model.tree.TreeExplainable} (exact TreeSHAP), linear and logistic models through
 * {@link dev.lathe.model.linear.LinearExplainable} (Linear SHAP). Any other model is still explained by the
 * model-agnostic methods of {@code dev.lathe.explain} (Kernel SHAP, permutation SHAP), which only predict.
 */
public interface Explainable extends Model {

    /**
     * What the exact explanation adds up to, in words for reports: e.g. "prediction", "probability",
     * "log-odds" or "raw score".
     */
    String explainedScale();
}
