package dev.lathe.model.svm;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.Features;
import dev.lathe.model.Targets;
import dev.lathe.model.Task;
import dev.lathe.param.Check;

/**
 * Nu-support vector regression, as scikit-learn's {@code NuSVR} (LIBSVM): like {@link Svr}, but instead of
 * fixing the tube's half-width epsilon it bounds the share of training rows outside the tube by {@code nu}
 * (at most that share are errors, at least that share are support vectors) and learns epsilon. Solved by
 * {@link Smo#solveNu} as one problem of 2n variables.
 *
 * @param nu        upper bound on the share of errors and lower bound on the share of support vectors, in
 *                  (0, 1] (default 0.5)
 * @param C         penalty on errors, greater than 0 (default 1)
 * @param kernel    linear, poly, rbf (default) or sigmoid
 * @param degree    degree of the poly kernel, at least 0 (default 3)
 * @param gamma     {@code scale} (default), {@code auto} or a number greater than 0, as for {@link Svc}
 * @param coef0     constant term of poly and sigmoid (default 0)
 * @param tol       stopping tolerance of the solver, greater than 0 (default 1e-3)
 * @param cacheSize kernel row cache in megabytes, greater than 0 (default 200)
 * @param maxIter   solver step limit, -1 (default) for LIBSVM's own {@code max(10^7, 200 n)}
 */
public record NuSvr(double nu, double C, Kernel kernel, int degree, String gamma, double coef0, double tol,
                    double cacheSize, int maxIter) implements Estimator {

    public NuSvr {
        SvmInputs.checkNu(nu);
        Check.positive("C", C);
        SvmInputs.checkKernelSolver(degree, coef0, tol, cacheSize, maxIter);
        gamma = SvmInputs.checkGamma(gamma);
        if (kernel == null) {
            throw new IllegalArgumentException("kernel must be given");
        }
    }

    /** scikit-learn's defaults: nu 0.5, C 1, rbf, gamma scale, tol 1e-3. */
    public NuSvr() {
        this(0.5, 1.0, Kernel.RBF, 3, "scale", 0.0, 1e-3, 200, -1);
    }

    @Override
    public Task task() {
        return Task.REGRESSION;
    }

    @Override
    public SvrModel fit(Frame x, Column y) {
        double[][] columns = Features.matrix(x);
        double[] target = Targets.numeric(y);
        SvmInputs.sameRows(x, target.length, y.name());
        double[][] rows = SvmInputs.rows(columns);
        KernelFunction k = new KernelFunction(kernel, SvmInputs.gamma(gamma, columns), degree, coef0);
        int n = rows.length;
        int[] base = new int[2 * n];
        int[] signs = new int[2 * n];
        double[] p = new double[2 * n];
        double[] upper = new double[2 * n];
        double[] start = new double[2 * n];
        double left = C * nu * n / 2;
        for (int i = 0; i < n; i++) {
            base[i] = i;
            base[i + n] = i;
            signs[i] = 1;
            signs[i + n] = -1;
            p[i] = -target[i];
            p[i + n] = target[i];
            upper[i] = C;
            upper[i + n] = C;
            start[i] = Math.min(left, C);
            start[i + n] = start[i];
            left -= start[i];
        }
        Smo.Solution s = SolverSettings.of(tol, false, cacheSize, maxIter).solveNu(rows, k, base, signs, p, upper, start);
        return Svr.model(x.names(), rows, k, s);
    }
}
