package dev.lathe.model.svm;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.Features;
import dev.lathe.model.Targets;
import dev.lathe.model.Task;
import java.util.Arrays;

/**
 * Nu-support vector classification, as scikit-learn's {@code NuSVC} (LIBSVM): like {@link Svc}, one-vs-one over
 * pairs of classes, but each pair's margin is set by {@code nu}, an upper bound on the share of margin errors and a
 * lower bound on the share of support vectors, instead of the penalty C. Solved by {@link Smo#solveNu}; the
 * solution is rescaled into C-SVC form, so the fitted model is an {@link SvcModel} like C-SVC's.
 *
 * @param nu          in (0, 1]; for every pair of classes with n1 and n2 rows, {@code nu (n1 + n2) / 2} must not
 *                    exceed {@code min(n1, n2)} (default 0.5)
 * @param kernel      linear, poly, rbf (default) or sigmoid
 * @param degree      degree of the poly kernel, at least 0 (default 3)
 * @param gamma       {@code scale} (default), {@code auto} or a number greater than 0, as for {@link Svc}
 * @param coef0       constant term of poly and sigmoid (default 0)
 * @param probability whether to fit Platt's sigmoids by internal five-fold cross-validation (default true)
 * @param tol         stopping tolerance of the solver, greater than 0 (default 1e-3)
 * @param cacheSize   kernel row cache per problem in megabytes, greater than 0 (default 200)
 * @param maxIter     solver step limit per problem, -1 (default) for LIBSVM's own
 * @param randomState seed of the probability folds (default 0)
 */
public record NuSvc(double nu, Kernel kernel, int degree, String gamma, double coef0, boolean probability, double tol,
                    double cacheSize, int maxIter, long randomState) implements Estimator {

    public NuSvc {
        SvmInputs.checkNu(nu);
        SvmInputs.checkKernelSolver(degree, coef0, tol, cacheSize, maxIter);
        gamma = SvmInputs.checkGamma(gamma);
        if (kernel == null) {
            throw new IllegalArgumentException("kernel must be given");
        }
    }

    /** scikit-learn's defaults (nu 0.5, rbf, gamma scale, tol 1e-3), with probability estimates. */
    public NuSvc() {
        this(0.5, Kernel.RBF, 3, "scale", 0.0, true, 1e-3, 200, -1, 0);
    }

    @Override
    public Task task() {
        return Task.CLASSIFICATION;
    }

    @Override
    public SvcModel fit(Frame x, Column y) {
        double[][] columns = Features.matrix(x);
        Targets.Encoded target = Targets.classes(y);
        SvmInputs.sameRows(x, y.size(), y.name());
        int[][] members = target.members();
        for (int i = 0; i < members.length; i++) {
            for (int j = i + 1; j < members.length; j++) {
                int small = Math.min(members[i].length, members[j].length);
                if (nu * (members[i].length + members[j].length) / 2 > small) {
                    throw new IllegalArgumentException("nu " + nu + " is infeasible for classes '" + target.classes().get(i)
                            + "' (" + members[i].length + " rows) and '" + target.classes().get(j) + "' ("
                            + members[j].length + " rows): nu (n1 + n2) / 2 must not exceed min(n1, n2); lower nu");
                }
            }
        }
        double[][] rows = SvmInputs.rows(columns);
        KernelFunction k = new KernelFunction(kernel, SvmInputs.gamma(gamma, columns), degree, coef0);
        double[] upper = new double[rows.length];
        Arrays.fill(upper, 1.0);
        SolverSettings settings = SolverSettings.of(tol, false, cacheSize, maxIter);
        return Svc.oneVsOne(x.names(), target, rows, k, upper,
                (r, signs, u) -> BinarySvc.solveNu(r, signs, nu, k, settings), probability, randomState);
    }
}
