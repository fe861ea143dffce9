package dev.lathe.prep;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;

/**
 * The configuration of a preparation step that maps a frame to a frame (scaling, encoding, imputing...).
 * {@link #fit} learns from training rows only and returns the fitted step; the configuration itself
 * never changes.
 */
public interface Transformer extends PrepStep {

    /**
     * Learns the step's statistics from training rows.
     *
     * @param data   the training rows (features; the target column is not in it)
     * @param target the training target, or null; only target-aware steps (target encoding) use it
     */
    FittedTransformer fit(Frame data, Column target);

    /**
     * Fits and returns the transformed training rows too. Steps whose training output must differ from
     * {@code transform} of the training rows (out-of-fold target encoding) override this.
     */
    default FitResult fitTransform(Frame data, Column target) {
        FittedTransformer fitted = fit(data, target);
        return new FitResult(fitted, fitted.transform(data));
    }

    /** A fitted step and the training rows it transformed. */
    record FitResult(FittedTransformer fitted, Frame transformed) {
    }
}
