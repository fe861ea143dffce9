package dev.lathe.model.svm;

import java.util.SplittableRandom;

/**
 * The dual coordinate descent of Hsieh, Chang, Lin, Keerthi and Sundararajan (2008), "A dual coordinate
 * descent method for large-scale linear SVM", as LIBLINEAR: for labels {@code y_i} in {-1, +1} it minimises
 * {@code a'(Q + D)a / 2 - sum a_i} over {@code 0 <= a_i <= U_i}, {@code Q_ij = y_i y_j <x_i, x_j>}, keeping
 * {@code w = sum y_i a_i x_i}. Hinge loss: {@code U_i = C_i}, {@code D = 0}; squared hinge:
 * {@code U_i = infinity}, {@code D_ii = 1 / (2 C_i)}. Rows are visited in a seeded random order each pass;
 * bound variables whose projected gradient shows they will stay are shrunk, and the run stops when the
 * projected gradients' spread over a full pass is at most {@code tol}.
 */
final class DualCoordinateDescent {

    /**
     * The result.
     *
     * @param w         the weights (with the bias feature's weight last when one was appended)
     * @param converged whether {@code tol} was met within the pass limit
     */
    record Result(double[] w, boolean converged) {
    }

    private DualCoordinateDescent() {
    }

    /**
     * @param rows      row-major features (with the bias feature appended when fitting an intercept)
     * @param y         +1 or -1 per row
     * @param c         the penalty per row, greater than 0
     * @param squared   squared hinge (else hinge)
     * @param tol       the stopping tolerance
     * @param maxIter   the pass limit
     * @param random    the source of the visiting order
     */
    static Result solve(double[][] rows, int[] y, double[] c, boolean squared, double tol, int maxIter,
                        SplittableRandom random) {
        int n = rows.length;
        int p = rows[0].length;
        double[] w = new double[p];
        double[] alpha = new double[n];
        double[] upper = new double[n];
        double[] diag = new double[n];
        double[] qd = new double[n];
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            upper[i] = squared ? Double.POSITIVE_INFINITY : c[i];
            diag[i] = squared ? 0.5 / c[i] : 0;
            qd[i] = diag[i] + KernelFunction.norm(rows[i]);
            index[i] = i;
        }
        int active = n;
        double oldMax = Double.POSITIVE_INFINITY;
        double oldMin = Double.NEGATIVE_INFINITY;
        int iter = 0;
        while (iter < maxIter) {
            double newMax = Double.NEGATIVE_INFINITY;
            double newMin = Double.POSITIVE_INFINITY;
            for (int s = 0; s < active; s++) {
                int j = s + random.nextInt(active - s);
                int t = index[s];
                index[s] = index[j];
                index[j] = t;
            }
            for (int s = 0; s < active; s++) {
                int i = index[s];
                double[] x = rows[i];
                double dot = 0;
                for (int k = 0; k < p; k++) {
                    dot += w[k] * x[k];
                }
                double g = y[i] * dot - 1 + diag[i] * alpha[i];
                double pg = 0;
                if (alpha[i] == 0) {
                    if (g > oldMax) {
                        active--;
                        index[s] = index[active];
                        index[active] = i;
                        s--;
                        continue;
                    }
                    pg = Math.min(g, 0);
                } else if (alpha[i] == upper[i]) {
                    if (g < oldMin) {
                        active--;
                        index[s] = index[active];
                        index[active] = i;
                        s--;
                        continue;
                    }
                    pg = Math.max(g, 0);
                } else {
                    pg = g;
                }
                newMax = Math.max(newMax, pg);
                newMin = Math.min(newMin, pg);
                if (Math.abs(pg) > 1e-12) {
                    double old = alpha[i];
                    alpha[i] = Math.min(Math.max(old - g / qd[i], 0), upper[i]);
                    double d = (alpha[i] - old) * y[i];
                    for (int k = 0; k < p; k++) {
                        w[k] += d * x[k];
                    }
                }
            }
            iter++;
            if (newMax - newMin <= tol) {
                if (active == n) {
                    return new Result(w, true);
                }
                active = n;
                oldMax = Double.POSITIVE_INFINITY;
                oldMin = Double.NEGATIVE_INFINITY;
                continue;
            }
            oldMax = newMax <= 0 ? Double.POSITIVE_INFINITY : newMax;
            oldMin = newMin >= 0 ? Double.NEGATIVE_INFINITY : newMin;
        }
        return new Result(w, false);
    }
}
