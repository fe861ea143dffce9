package dev.lathe.model.linear;

import dev.lathe.model.SampleWeights;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.loss.Penalty;
import dev.lathe.model.Estimator;
import dev.lathe.model.Features;
import dev.lathe.model.SampleWeights;
import dev.lathe.model.SupportsSampleWeights;
import dev.lathe.model.Task;
import dev.lathe.param.Check;

/**
 * Linear regression with the elastic-net penalty, as scikit-learn's ElasticNet: minimises
 * (1/(2n)) sum_i (y_i - b - x_i'w)^2 + alpha (l1_ratio ||w||_1 + (1 - l1_ratio) ||w||^2 / 2) (the mean squared
 * error halved plus {@link Penalty}) by cyclic coordinate descent from w = 0, stopped by the duality gap.
 * Features and target are centred for the intercept b, which is not penalised; features are not standardised
 * (see the package notes). Non-convergence within {@code max_iter} is reported by
 * {@link ElasticNetModel#converged()}.
 *
 * @param alpha        penalty strength, finite, at least 0 (default 1.0)
 * @param l1Ratio      the L1 share of the penalty in [0, 1] (default 0.5): 1 is the lasso, 0 ridge
 * @param fitIntercept whether to fit the intercept (default true)
 * @param maxIter      the most coordinate descent sweeps, at least 1 (default 1000)
 * @param tol          stop when the duality gap is at most tol * y'y / n (y centred), at least 0 (default 1e-4)
 */
public record ElasticNet(double alpha, double l1Ratio, boolean fitIntercept, int maxIter, double tol)
        implements Estimator, SupportsSampleWeights {

    public ElasticNet {
        new Penalty(alpha, l1Ratio); // checks alpha and l1_ratio
        Check.atLeast("max_iter", maxIter, 1);
        Check.nonNegative("tol", tol);
    }

    /** alpha 1, l1_ratio 0.5, with an intercept, 1000 sweeps at most, tol 1e-4. */
    public ElasticNet() {
        this(1.0, 0.5, true, 1000, 1e-4);
    }

    /** The penalty alpha (l1_ratio ||w||_1 + (1 - l1_ratio) ||w||^2 / 2). */
    public Penalty penalty() {
        return new Penalty(alpha, l1Ratio);
    }

    @Override
    public ElasticNetModel fit(Frame x, Column y) {
        return fit(x, Features.matrix(x), Inputs.target(x, y), null);
    }

    /**
     * As {@link #fit(Frame, Column)} with each row's squared error weighted; the weights are rescaled to sum to
     * the number of rows (so alpha keeps its meaning), as scikit-learn does.
     */
    @Override
    public ElasticNetModel fit(Frame x, Column y, double[] sampleWeights) {
        double[][] columns = Features.matrix(x);
        double[] target = Inputs.target(x, y);
        double[] w = SampleWeights.check(sampleWeights, x.rowCount());
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        for (int i = 0; i < w.length; i++) {
            w[i] *= w.length / sum;
        }
        return fit(x, columns, target, w);
    }

    private ElasticNetModel fit(Frame x, double[][] columns, double[] target, double[] weights) {
        Centered c = Centered.of(columns, target, weights, fitIntercept);
        double[] w = new double[columns.length];
        CoordinateDescent.Result r = CoordinateDescent.minimise(c.x(), c.y(), penalty(), w, maxIter, tol);
        return new ElasticNetModel(new LinearModel(x.names(), w, c.intercept(w)), alpha, l1Ratio, r.iterations(),
                r.gap(), r.converged());
    }

    @Override
    public Task task() {
        return Task.REGRESSION;
    }
}
