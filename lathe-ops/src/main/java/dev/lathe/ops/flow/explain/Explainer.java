package dev.lathe.ops.flow.explain;

import dev.lathe.frame.Frame;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.tune.Scorer;

/**
 * How a flow explains its chosen model on the held-out test rows. {@link PermutationImportance} is the one
 * built in; SHAP values plug in here as another implementation.
 */
public interface Explainer {

    /**
     * Explains {@code model} on {@code test}.
     *
     * @param test   rows the model never saw, with the target column
     * @param scorer the metric importance is measured with
     * @param seed   seed of any random draws
     */
    Explanation explain(FittedPipeline model, Frame test, Scorer scorer, long seed);
}
