package dev.lathe.model;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;

/**
 * An estimator that learns from features alone (clustering, decomposition). {@link #fit(Frame)} is the
 * contract; the two-argument form lets it stand at the end of a {@code Pipeline} fitted without a target and
 * refuses a target, since nothing would use it.
 */
public interface UnsupervisedEstimator extends Estimator {

    /**
     * Learns from numeric features (see {@link Features}).
     *
     * @param x training features, all numeric, without missing or infinite values
     */
    Model fit(Frame x);

    /** {@link #fit(Frame)}; {@code y} must be null. */
    @Override
    default Model fit(Frame x, Column y) {
        if (y != null) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " learns without a target, but got "
                    + "target column '" + y.name() + "'; fit it on the features alone");
        }
        return fit(x);
    }
}
