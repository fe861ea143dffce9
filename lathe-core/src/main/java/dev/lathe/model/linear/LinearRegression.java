package dev.lathe.model.linear;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.Features;
import dev.lathe.model.Likelihood;
import dev.lathe.model.SampleWeights;
import dev.lathe.model.SupportsSampleWeights;
import dev.lathe.model.Task;

/**
 * Ordinary least squares, as scikit-learn's LinearRegression: minimises sum_i w_i (y_i - b - x_i'c)^2 (all
 * w_i = 1 without sample weights). Solved to full double precision by pivoted QR with iterative refinement;
 * a constant feature (with an intercept) or features that are linear combinations of others fail with a
 * message naming them (scikit-learn would silently return a minimum-norm solution). The fitted model reports
 * its Gaussian log-likelihood, AIC and BIC with statsmodels' OLS (WLS with sample weights) conventions.
 *
 * @param fitIntercept whether to fit the intercept b (default true); without it the model passes through 0
 */
public record LinearRegression(boolean fitIntercept) implements Estimator, SupportsSampleWeights {

    /** With an intercept. */
    public LinearRegression() {
        this(true);
    }

    @Override
    public LeastSquaresModel fit(Frame x, Column y) {
        return fit(x, y, Features.matrix(x), null);
    }

    /** As {@link #fit(Frame, Column)}, weighted least squares with one non-negative finite weight per row. */
    @Override
    public LeastSquaresModel fit(Frame x, Column y, double[] sampleWeights) {
        double[][] columns = Features.matrix(x);
        return fit(x, y, columns, SampleWeights.check(sampleWeights, x.rowCount()));
    }

    private LeastSquaresModel fit(Frame x, Column y, double[][] columns, double[] weights) {
        double[] target = Inputs.target(x, y);
        LinearModel linear = OrdinaryLeastSquares.fit(x.names(), columns, null, target, weights, fitIntercept);
        int parameters = columns.length + (fitIntercept ? 1 : 0);
        return new LeastSquaresModel(linear, OrdinaryLeastSquares.likelihood(linear, columns, target, weights,
                parameters, Likelihood.fingerprint(y)));
    }

    @Override
    public Task task() {
        return Task.REGRESSION;
    }
}
