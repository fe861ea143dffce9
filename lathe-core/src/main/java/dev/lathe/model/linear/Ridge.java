package dev.lathe.model.linear;

import dev.lathe.model.SampleWeights;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.math.LeastSquares;
import dev.lathe.math.RankDeficientException;
import dev.lathe.model.Estimator;
import dev.lathe.model.Features;
import dev.lathe.model.SampleWeights;
import dev.lathe.model.SupportsSampleWeights;
import dev.lathe.model.Task;
import dev.lathe.param.Check;
import java.util.List;

/**
 * Ridge regression, as scikit-learn's Ridge: minimises sum_i w_i (y_i - b - x_i'c)^2 + alpha ||c||^2, the
 * intercept b unpenalised. As scikit-learn does, the features and the target are centred on their
 * (weighted) means, the penalised problem is solved without intercept, and b recovered from the means. The
 * solve is direct: least squares on the centred design stacked over sqrt(alpha) times the identity, by
 * pivoted QR with refinement, so coefficients match scikit-learn's closed form. A constant feature gets
 * coefficient 0. Features are not standardised (see the package notes).
 *
 * @param alpha        penalty strength, finite and greater than 0 (default 1.0); use {@link LinearRegression}
 *                     for no penalty
 * @param fitIntercept whether to fit the intercept (default true)
 */
public record Ridge(double alpha, boolean fitIntercept) implements Estimator, SupportsSampleWeights {

    public Ridge {
        Check.positive("alpha", alpha);
    }

    /** alpha 1, with an intercept. */
    public Ridge() {
        this(1.0, true);
    }

    @Override
    public LinearModel fit(Frame x, Column y) {
        return fit(x, Features.matrix(x), Inputs.target(x, y), null);
    }

    /** As {@link #fit(Frame, Column)}, each row's squared error weighted (one non-negative finite weight per row). */
    @Override
    public LinearModel fit(Frame x, Column y, double[] sampleWeights) {
        double[][] columns = Features.matrix(x);
        double[] target = Inputs.target(x, y);
        return fit(x, columns, target, SampleWeights.check(sampleWeights, x.rowCount()));
    }

    private LinearModel fit(Frame x, double[][] columns, double[] y, double[] weights) {
        Centered c = Centered.of(columns, y, weights, fitIntercept);
        double[] w = solve(x.names(), c.x(), c.y(), alpha);
        return new LinearModel(x.names(), w, c.intercept(w));
    }

    /**
     * The minimiser of ||y - X w||^2 + alpha ||w||^2 for column-major {@code x} with the given column names,
     * alpha > 0; fails naming the columns when alpha is too small for X to be numerically of full rank.
     */
    static double[] solve(List<String> names, double[][] x, double[] y, double alpha) {
        int n = y.length;
        int p = x.length;
        double root = Math.sqrt(alpha);
        double[][] stacked = new double[p][n + p];
        for (int j = 0; j < p; j++) {
            System.arraycopy(x[j], 0, stacked[j], 0, n);
            stacked[j][n + j] = root;
        }
        double[] target = new double[n + p];
        System.arraycopy(y, 0, target, 0, n);
        try {
            return LeastSquares.of(stacked).solve(target);
        } catch (RankDeficientException e) {
            throw OrdinaryLeastSquares.named(e, names, "alpha " + alpha + " is too small to tell them apart; "
                    + "increase alpha or drop them");
        }
    }

    @Override
    public Task task() {
        return Task.REGRESSION;
    }
}
