package dev.lathe.model.svm;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.Features;
import dev.lathe.model.SupportsSampleWeights;
import dev.lathe.model.Targets;
import dev.lathe.model.Task;
import dev.lathe.param.Check;
import dev.lathe.parallel.Chunks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * C-support vector classification, as scikit-learn's {@code SVC} (LIBSVM): for each pair of classes
 * (one-vs-one), minimise {@code ||w||^2 / 2 + sum_i C_i hinge_i} in the kernel's feature space through its
 * dual, solved by {@link Smo}. {@code C_i} is C times the class weight times the sample weight. Pairs are
 * fitted in parallel; each pair's result does not depend on the threads.
 *
 * @param C           penalty on margin violations, greater than 0 (default 1)
 * @param kernel      linear, poly, rbf (default) or sigmoid
 * @param degree      degree of the poly kernel, at least 0 (default 3)
 * @param gamma       kernel coefficient of rbf, poly and sigmoid: {@code scale} (default: 1 / (features *
 *                    variance of all training values)), {@code auto} (1 / features) or a number greater than 0
 * @param coef0       constant term of poly and sigmoid (default 0)
 * @param shrinking   whether the solver shrinks (default true)
 * @param probability whether to fit Platt's sigmoids by internal five-fold cross-validation for
 *                    {@code predictProba} (default true, unlike scikit-learn: Lathe's classifiers give
 *                    probabilities; false fits about five times faster)
 * @param tol         stopping tolerance of the solver, greater than 0 (default 1e-3)
 * @param cacheSize   kernel row cache per problem in megabytes, greater than 0 (default 200)
 * @param classWeight none (default) or balanced
 * @param maxIter     solver step limit per problem, -1 (default) for LIBSVM's own {@code max(10^7, 100 n)}
 * @param randomState seed of the probability folds; pair k's folds use the k-th draw from it (default 0)
 */
public record Svc(double C, Kernel kernel, int degree, String gamma, double coef0, boolean shrinking,
                  boolean probability, double tol, double cacheSize, ClassWeight classWeight, int maxIter,
                  long randomState) implements Estimator, SupportsSampleWeights {

    public Svc {
        Check.positive("C", C);
        SvmInputs.checkKernelSolver(degree, coef0, tol, cacheSize, maxIter);
        gamma = SvmInputs.checkGamma(gamma);
        if (kernel == null || classWeight == null) {
            throw new IllegalArgumentException("kernel and class_weight must be given");
        }
    }

    /** scikit-learn's defaults (rbf, C 1, gamma scale, tol 1e-3), with probability estimates. */
    public Svc() {
        this(1.0, Kernel.RBF, 3, "scale", 0.0, true, true, 1e-3, 200, ClassWeight.NONE, -1, 0);
    }

    @Override
    public Task task() {
        return Task.CLASSIFICATION;
    }

    @Override
    public SvcModel fit(Frame x, Column y) {
        return fit(x, y, null);
    }

    @Override
    public SvcModel fit(Frame x, Column y, double[] sampleWeights) {
        double[][] columns = Features.matrix(x);
        Targets.Encoded target = Targets.classes(y);
        SvmInputs.sameRows(x, y.size(), y.name());
        double[] weights = SvmInputs.weights(sampleWeights, x.rowCount());
        double[][] rows = SvmInputs.rows(columns);
        KernelFunction k = new KernelFunction(kernel, SvmInputs.gamma(gamma, columns), degree, coef0);
        double[] classWeights = classWeight.of(target.counts());
        int[] codes = target.codes();
        double[] upper = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            upper[i] = C * classWeights[codes[i]] * weights[i];
        }
        SolverSettings settings = SolverSettings.of(tol, shrinking, cacheSize, maxIter);
        return oneVsOne(x.names(), target, rows, k, upper, (r, signs, u) -> BinarySvc.solve(r, signs, u, k, settings),
                probability, randomState);
    }

    /**
     * The one-vs-one fit shared by C-SVC and nu-SVC: one two-class problem per pair of classes, solved in
     * parallel by {@code solver}, with Platt's sigmoids when asked.
     *
     * @param upper per training row, its bound in the dual
     */
    static SvcModel oneVsOne(List<String> features, Targets.Encoded target, double[][] rows, KernelFunction k,
                             double[] upper, BinarySvc.PairSolver solver, boolean probability, long randomState) {
        int[][] members = target.members();
        int classes = members.length;
        int pairCount = classes * (classes - 1) / 2;
        int[][] pairRows = new int[pairCount][];
        int[][] pairY = new int[pairCount][];
        int c = 0;
        for (int i = 0; i < classes; i++) {
            for (int j = i + 1; j < classes; j++, c++) {
                pairRows[c] = concat(members[i], members[j]);
                pairY[c] = new int[pairRows[c].length];
                Arrays.fill(pairY[c], 0, members[i].length, 1);
                Arrays.fill(pairY[c], members[i].length, pairY[c].length, -1);
            }
        }
        SplittableRandom seeds = new SplittableRandom(randomState);
        long[] pairSeeds = new long[pairCount];
        for (int p = 0; p < pairCount; p++) {
            pairSeeds[p] = seeds.nextLong();
        }
        Smo.Solution[] solutions = new Smo.Solution[pairCount];
        PlattSigmoid[] sigmoids = new PlattSigmoid[pairCount];
        Chunks.run(pairCount, p -> {
            int[] r = pairRows[p];
            double[][] sub = new double[r.length][];
            double[] bounds = new double[r.length];
            for (int t = 0; t < r.length; t++) {
                sub[t] = rows[r[t]];
                bounds[t] = upper[r[t]];
            }
            solutions[p] = solver.solve(sub, pairY[p], bounds);
            if (probability) {
                sigmoids[p] = BinarySvc.platt(sub, pairY[p], bounds, k, solver, pairSeeds[p]);
            }
        });
        return model(features, target, rows, k, pairRows, pairY, solutions, probability ? List.of(sigmoids) : List.of());
    }

    /** Gathers the support vectors of all pairs (by class, then row) and each pair's expansion over them. */
    private static SvcModel model(List<String> features, Targets.Encoded target, double[][] rows, KernelFunction k,
                                  int[][] pairRows, int[][] pairY, Smo.Solution[] solutions,
                                  List<PlattSigmoid> sigmoids) {
        int n = rows.length;
        boolean[] support = new boolean[n];
        boolean converged = true;
        for (int p = 0; p < solutions.length; p++) {
            double[] alpha = solutions[p].alpha();
            for (int t = 0; t < alpha.length; t++) {
                support[pairRows[p][t]] |= alpha[t] > 0;
            }
            converged &= solutions[p].converged();
        }
        int[] index = new int[n];
        List<Integer> order = new ArrayList<>();
        for (int[] member : target.members()) {
            for (int r : member) {
                if (support[r]) {
                    index[r] = order.size();
                    order.add(r);
                }
            }
        }
        int[] svRows = order.stream().mapToInt(Integer::intValue).toArray();
        double[][] values = new double[svRows.length][];
        for (int s = 0; s < svRows.length; s++) {
            values[s] = rows[svRows[s]];
        }
        List<Expansion> pairs = new ArrayList<>();
        for (int p = 0; p < solutions.length; p++) {
            double[] alpha = solutions[p].alpha();
            int count = 0;
            for (double a : alpha) {
                count += a > 0 ? 1 : 0;
            }
            int[] vectors = new int[count];
            double[] coef = new double[count];
            for (int t = 0, at = 0; t < alpha.length; t++) {
                if (alpha[t] > 0) {
                    vectors[at] = index[pairRows[p][t]];
                    coef[at++] = pairY[p][t] * alpha[t];
                }
            }
            pairs.add(new Expansion(vectors, coef, -solutions[p].rho()));
        }
        return new SvcModel(features, target.classes(), new SupportVectors(k, svRows, values), pairs, sigmoids,
                converged);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
