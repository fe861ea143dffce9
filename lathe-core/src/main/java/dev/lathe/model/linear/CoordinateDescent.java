package dev.lathe.model.linear;

import dev.lathe.loss.Penalty;

/**
 * Cyclic coordinate descent for the elastic net without intercept, scikit-learn's algorithm
 * ({@code enet_coordinate_descent}, cyclic selection): minimises
 * (1/(2n)) ||y - Xw||^2 + alpha (l1_ratio ||w||_1 + (1 - l1_ratio) ||w||^2 / 2), computed n times over as
 * (1/2) ||y - Xw||^2 + a ||w||_1 + (b/2) ||w||^2 with a = n alpha l1_ratio and b = n alpha (1 - l1_ratio). After
 * a sweep whose largest coefficient change is below {@code tol} times the largest coefficient (or after the
 * last sweep), the duality gap is computed; the descent stops once it is at most {@code tol * y'y}.
 */
final class CoordinateDescent {

    private CoordinateDescent() {
    }

    /**
     * The outcome of one descent.
     *
     * @param iterations number of sweeps over the coordinates
     * @param gap        the last duality gap computed, on the objective's scale (divided by n)
     * @param converged  whether the gap reached the tolerance within the allowed sweeps
     */
    record Result(int iterations, double gap, boolean converged) {
    }

    /**
     * Minimises from the start {@code w}, which is updated in place (warm start).
     *
     * @param x column-major design (centred when an intercept is fitted)
     * @param y target (centred likewise)
     */
    static Result minimise(double[][] x, double[] y, Penalty penalty, double[] w, int maxIter, double tol) {
        int n = y.length;
        int p = x.length;
        double l1 = n * penalty.alpha() * penalty.l1Ratio();
        double l2 = n * penalty.alpha() * (1 - penalty.l1Ratio());
        double[] norms = new double[p];
        double[] r = y.clone();
        for (int j = 0; j < p; j++) {
            norms[j] = dot(x[j], x[j]);
            if (w[j] != 0) {
                addScaled(r, -w[j], x[j]);
            }
        }
        double gapTolerance = tol * dot(y, y);
        double gap = gapTolerance + 1;
        for (int it = 0; it < maxIter; it++) {
            double largest = 0;
            double largestChange = 0;
            for (int j = 0; j < p; j++) {
                if (norms[j] == 0) {
                    continue;
                }
                double old = w[j];
                if (old != 0) {
                    addScaled(r, old, x[j]);
                }
                double t = dot(x[j], r);
                double shrunk = Math.abs(t) - l1;
                w[j] = shrunk > 0 ? Math.copySign(shrunk, t) / (norms[j] + l2) : 0;
                if (w[j] != 0) {
                    addScaled(r, -w[j], x[j]);
                }
                largestChange = Math.max(largestChange, Math.abs(w[j] - old));
                largest = Math.max(largest, Math.abs(w[j]));
            }
            if (largest == 0 || largestChange / largest < tol || it == maxIter - 1) {
                gap = dualityGap(x, y, r, w, l1, l2);
                if (gap <= gapTolerance) {
                    return new Result(it + 1, gap / n, true);
                }
            }
        }
        return new Result(maxIter, gap / n, false);
    }

    /** Primal minus dual objective at w, the dual point being the residual r scaled into the dual feasible set. */
    private static double dualityGap(double[][] x, double[] y, double[] r, double[] w, double l1, double l2) {
        double dualNorm = 0;
        double wNorm2 = 0;
        double l1Norm = 0;
        for (int j = 0; j < w.length; j++) {
            dualNorm = Math.max(dualNorm, Math.abs(dot(x[j], r) - l2 * w[j]));
            wNorm2 += w[j] * w[j];
            l1Norm += Math.abs(w[j]);
        }
        double rNorm2 = dot(r, r);
        double scale = 1;
        double gap = rNorm2;
        if (dualNorm > l1) {
            scale = l1 / dualNorm;
            gap = 0.5 * (rNorm2 + rNorm2 * scale * scale);
        }
        return gap + l1 * l1Norm - scale * dot(r, y) + 0.5 * l2 * (1 + scale * scale) * wNorm2;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** {@code r += c * v}. */
    private static void addScaled(double[] r, double c, double[] v) {
        for (int i = 0; i < r.length; i++) {
            r[i] += c * v[i];
        }
    }
}
