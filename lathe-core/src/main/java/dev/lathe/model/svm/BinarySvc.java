package dev.lathe.model.svm;

import dev.lathe.math.Shuffle;
import java.util.SplittableRandom;

/**
 * One two-class C-SVC problem of a one-vs-one fit: its dual by {@link Smo}, and Platt's sigmoid fitted on
 * out-of-fold decision values as LIBSVM does (five folds drawn by a seeded shuffle of the problem's rows,
 * fold f holding shuffled positions {@code [f n / 5, (f + 1) n / 5)}; a fold whose training part has one
 * class gives its rows the decision value +1 or -1).
 */
final class BinarySvc {

    /** Solves one two-class problem: rows, labels +1/-1 and per-row bounds. */
    interface PairSolver {
        Smo.Solution solve(double[][] rows, int[] y, double[] upper);
    }

    private static final int FOLDS = 5;

    private BinarySvc() {
    }

    /**
     * The dual variables of the problem on {@code rows} with labels {@code y} (+1, -1) and per-row bounds.
     *
     * @return the solution, its alpha indexed as {@code rows}
     */
    static Smo.Solution solve(double[][] rows, int[] y, double[] upper, KernelFunction kernel, SolverSettings s) {
        int n = rows.length;
        int[] base = new int[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            base[i] = i;
            p[i] = -1;
        }
        return s.solve(rows, kernel, base, y, p, upper);
    }

    /**
     * The nu-SVC dual of the problem (LIBSVM's {@code solve_nu_svc}): bounds 1, a start that spends
     * {@code nu n / 2} on each sign, then the solution rescaled by {@code 1 / r} into the C-SVC form whose
     * decision function it shares.
     */
    static Smo.Solution solveNu(double[][] rows, int[] y, double nu, KernelFunction kernel, SolverSettings s) {
        int n = rows.length;
        int[] base = new int[n];
        double[] p = new double[n];
        double[] upper = new double[n];
        double[] start = new double[n];
        double positive = nu * n / 2;
        double negative = nu * n / 2;
        for (int i = 0; i < n; i++) {
            base[i] = i;
            upper[i] = 1;
            if (y[i] > 0) {
                start[i] = Math.min(1.0, positive);
                positive -= start[i];
            } else {
                start[i] = Math.min(1.0, negative);
                negative -= start[i];
            }
        }
        Smo.Solution raw = s.solveNu(rows, kernel, base, y, p, upper, start);
        double r = raw.r();
        double[] alpha = raw.alpha();
        for (int i = 0; i < n; i++) {
            alpha[i] /= r;
        }
        return new Smo.Solution(alpha, raw.rho() / r, raw.iterations(), raw.converged(), r);
    }

    /** Platt's sigmoid from five-fold out-of-fold decision values of the problem, folds drawn with {@code seed}. */
    static PlattSigmoid platt(double[][] rows, int[] y, double[] upper, KernelFunction kernel, PairSolver solver,
                              long seed) {
        int n = rows.length;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        Shuffle.inPlace(perm, new SplittableRandom(seed));
        double[] decision = new double[n];
        for (int f = 0; f < FOLDS; f++) {
            int from = (int) ((long) f * n / FOLDS);
            int to = (int) ((long) (f + 1) * n / FOLDS);
            int m = n - (to - from);
            double[][] trainRows = new double[m][];
            int[] trainY = new int[m];
            double[] trainUpper = new double[m];
            int positives = 0;
            for (int k = 0, at = 0; k < n; k++) {
                if (k >= from && k < to) {
                    continue;
                }
                int i = perm[k];
                trainRows[at] = rows[i];
                trainY[at] = y[i];
                trainUpper[at] = upper[i];
                positives += y[i] > 0 ? 1 : 0;
                at++;
            }
            if (positives == 0 || positives == m) {
                for (int k = from; k < to; k++) {
                    decision[perm[k]] = m == 0 ? 0 : positives > 0 ? 1 : -1;
                }
                continue;
            }
            Smo.Solution sub = solver.solve(trainRows, trainY, trainUpper);
            double[] alpha = sub.alpha();
            double[] norms = new double[m];
            for (int t = 0; t < m; t++) {
                norms[t] = KernelFunction.norm(trainRows[t]);
            }
            for (int k = from; k < to; k++) {
                double[] x = rows[perm[k]];
                double nx = KernelFunction.norm(x);
                double v = -sub.rho();
                for (int t = 0; t < m; t++) {
                    if (alpha[t] != 0) {
                        v += trainY[t] * alpha[t] * kernel.value(trainRows[t], norms[t], x, nx);
                    }
                }
                decision[perm[k]] = v;
            }
        }
        return PlattSigmoid.fit(decision, y);
    }
}
