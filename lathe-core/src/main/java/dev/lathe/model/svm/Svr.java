package dev.lathe.model.svm;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.Features;
import dev.lathe.model.SupportsSampleWeights;
import dev.lathe.model.Targets;
import dev.lathe.model.Task;
import dev.lathe.param.Check;
import java.util.List;

/**
 * Epsilon-support vector regression, as scikit-learn's {@code SVR} (LIBSVM): minimise
 * {@code ||w||^2 / 2 + sum_i C_i max(0, |y_i - f(x_i)| - epsilon)} in the kernel's feature space through its
 * dual over {@code (alpha, alpha*)}, solved by {@link Smo} as one problem of 2n variables. {@code C_i} is C
 * times the sample weight.
 *
 * @param C         penalty on errors beyond epsilon, greater than 0 (default 1)
 * @param epsilon   half-width of the tube in which errors cost nothing, at least 0 (default 0.1)
 * @param kernel    linear, poly, rbf (default) or sigmoid
 * @param degree    degree of the poly kernel, at least 0 (default 3)
 * @param gamma     {@code scale} (default), {@code auto} or a number greater than 0, as for {@link Svc}
 * @param coef0     constant term of poly and sigmoid (default 0)
 * @param shrinking whether the solver shrinks (default true)
 * @param tol       stopping tolerance of the solver, greater than 0 (default 1e-3)
 * @param cacheSize kernel row cache in megabytes, greater than 0 (default 200)
 * @param maxIter   solver step limit, -1 (default) for LIBSVM's own {@code max(10^7, 200 n)} (2n variables)
 */
public record Svr(double C, double epsilon, Kernel kernel, int degree, String gamma, double coef0, boolean shrinking,
                  double tol, double cacheSize, int maxIter) implements Estimator, SupportsSampleWeights {

    public Svr {
        Check.positive("C", C);
        Check.nonNegative("epsilon", epsilon);
        SvmInputs.checkKernelSolver(degree, coef0, tol, cacheSize, maxIter);
        gamma = SvmInputs.checkGamma(gamma);
        if (kernel == null) {
            throw new IllegalArgumentException("kernel must be given");
        }
    }

    /** scikit-learn's defaults: rbf, C 1, epsilon 0.1, gamma scale, tol 1e-3. */
    public Svr() {
        this(1.0, 0.1, Kernel.RBF, 3, "scale", 0.0, true, 1e-3, 200, -1);
    }

    @Override
    public Task task() {
        return Task.REGRESSION;
    }

    @Override
    public SvrModel fit(Frame x, Column y) {
        return fit(x, y, null);
    }

    @Override
    public SvrModel fit(Frame x, Column y, double[] sampleWeights) {
        double[][] columns = Features.matrix(x);
        double[] target = Targets.numeric(y);
        SvmInputs.sameRows(x, target.length, y.name());
        double[] weights = SvmInputs.weights(sampleWeights, x.rowCount());
        double[][] rows = SvmInputs.rows(columns);
        KernelFunction k = new KernelFunction(kernel, SvmInputs.gamma(gamma, columns), degree, coef0);
        int n = rows.length;
        int[] base = new int[2 * n];
        int[] signs = new int[2 * n];
        double[] p = new double[2 * n];
        double[] upper = new double[2 * n];
        for (int i = 0; i < n; i++) {
            base[i] = i;
            base[i + n] = i;
            signs[i] = 1;
            signs[i + n] = -1;
            p[i] = epsilon - target[i];
            p[i + n] = epsilon + target[i];
            upper[i] = C * weights[i];
            upper[i + n] = C * weights[i];
        }
        Smo.Solution s = SolverSettings.of(tol, shrinking, cacheSize, maxIter).solve(rows, k, base, signs, p, upper);
        return model(x.names(), rows, k, s);
    }

    /**
     * The fitted model of a solution over the 2n variables {@code (alpha, alpha*)}: the rows whose coefficient
     * {@code alpha_i - alpha*_i} is not zero are the support vectors.
     */
    static SvrModel model(List<String> features, double[][] rows, KernelFunction k, Smo.Solution s) {
        int n = rows.length;
        double[] alpha = s.alpha();
        int count = 0;
        for (int i = 0; i < n; i++) {
            count += alpha[i] - alpha[i + n] != 0 ? 1 : 0;
        }
        int[] svRows = new int[count];
        double[][] values = new double[count][];
        double[] coef = new double[count];
        int[] vectors = new int[count];
        for (int i = 0, at = 0; i < n; i++) {
            double c = alpha[i] - alpha[i + n];
            if (c != 0) {
                svRows[at] = i;
                values[at] = rows[i];
                coef[at] = c;
                vectors[at] = at;
                at++;
            }
        }
        return new SvrModel(features, new SupportVectors(k, svRows, values), new Expansion(vectors, coef, -s.rho()),
                s.converged());
    }
}
