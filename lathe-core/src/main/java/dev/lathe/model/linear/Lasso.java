package dev.lathe.model.linear;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.SupportsSampleWeights;
import dev.lathe.model.Task;

/**
 * The lasso, as scikit-learn's Lasso: minimises (1/(2n)) sum_i (y_i - b - x_i'w)^2 + alpha ||w||_1 by cyclic
 * coordinate descent; the {@link ElasticNet} with l1_ratio 1 (see there for the algorithm, the intercept and
 * convergence). Features are not standardised (see the package notes).
 *
 * @param alpha        penalty strength, finite, at least 0 (default 1.0)
 * @param fitIntercept whether to fit the intercept (default true)
 * @param maxIter      the most coordinate descent sweeps, at least 1 (default 1000)
 * @param tol          duality-gap tolerance, relative to y'y / n, at least 0 (default 1e-4)
 */
public record Lasso(double alpha, boolean fitIntercept, int maxIter, double tol)
        implements Estimator, SupportsSampleWeights {

    public Lasso {
        new ElasticNet(alpha, 1, fitIntercept, maxIter, tol); // the same checks, the same messages
    }

    /** alpha 1, with an intercept, 1000 sweeps at most, tol 1e-4. */
    public Lasso() {
        this(1.0, true, 1000, 1e-4);
    }

    /** The same model as an elastic net with l1_ratio 1. */
    public ElasticNet asElasticNet() {
        return new ElasticNet(alpha, 1, fitIntercept, maxIter, tol);
    }

    @Override
    public ElasticNetModel fit(Frame x, Column y) {
        return asElasticNet().fit(x, y);
    }

    /** As {@link ElasticNet#fit(Frame, Column, double[])}. */
    @Override
    public ElasticNetModel fit(Frame x, Column y, double[] sampleWeights) {
        return asElasticNet().fit(x, y, sampleWeights);
    }

    @Override
    public Task task() {
        return Task.REGRESSION;
    }
}
