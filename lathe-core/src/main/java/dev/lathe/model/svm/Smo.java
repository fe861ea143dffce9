package dev.lathe.model.svm;

/**
 * Sequential minimal optimisation for the dual problems of C-SVC and epsilon-SVR, as described by Fan,
 * Chen and Lin (2005) and used by LIBSVM: minimise {@code a'Qa / 2 + p'a} subject to {@code y'a = 0} and
 * {@code 0 <= a_t <= C_t}, with {@code y_t} in {-1, +1} and {@code Q_ts = y_t y_s K(x_base[t], x_base[s])}.
 *
 * <p>Each step picks the maximal violating {@code i} by the gradient and {@code j} by the second-order
 * gain {@code -b^2 / a} (WSS 2 of the paper), and solves the two-variable problem exactly along the line
 * that keeps {@code y'a} fixed. It stops when {@code m(a) - M(a) < eps}. Shrinking (every
 * {@code min(n, 1000)} steps) sets aside variables at a bound that cannot take part in a violating pair;
 * their gradients are rebuilt once the rest is nearly optimal (within {@code 10 eps}) and again at the end,
 * where optimality is checked on every variable. Kernel rows come from an LRU cache ({@link KernelRows}).
 *
 * <p>The nu formulations (nu-SVC, nu-SVR) add the constraint {@code e'a = const} per sign of y, so the working
 * pair is chosen within one sign ({@link #solveNu}): LIBSVM's {@code Solver_NU}, which starts from a feasible
 * non-zero {@code a}, does not shrink here, and also returns {@code r}, the value that rescales the solution.
 */
final class Smo {

    private static final double TAU = 1e-12;

    /**
     * The solver's result.
     *
     * @param alpha      the dual variables
     * @param rho        the offset: the decision function is {@code sum_t y_t a_t K(x_t, x) - rho}
     * @param iterations the number of two-variable steps
     * @param converged  whether the stopping tolerance was met within the iteration limit
     * @param r          for the nu formulations, LIBSVM's {@code r} (the mean of the two signs' offsets); else NaN
     */
    record Solution(double[] alpha, double rho, long iterations, boolean converged, double r) {
    }

    private final KernelRows kernel;
    private final int[] base;
    private final int[] y;
    private final double[] p;
    private final double[] upper;
    private final double eps;
    private final int m;
    private final double[] alpha;
    private final double[] gradient;
    private final double[] gradientBar;
    private final double[] diagonal;
    private final int[] order;
    private final boolean nu;
    private int activeSize;
    private boolean unshrunk;

    private Smo(KernelRows kernel, int[] base, int[] y, double[] p, double[] upper, double eps, double[] start,
                boolean nu) {
        this.kernel = kernel;
        this.base = base;
        this.y = y;
        this.p = p;
        this.upper = upper;
        this.eps = eps;
        this.m = y.length;
        this.nu = nu;
        this.alpha = start.clone();
        this.gradient = p.clone();
        this.gradientBar = new double[m];
        this.diagonal = new double[m];
        this.order = new int[m];
        for (int t = 0; t < m; t++) {
            diagonal[t] = kernel.diagonal(base[t]);
            order[t] = t;
        }
        this.activeSize = m;
        for (int s = 0; s < m; s++) {
            if (alpha[s] > 0) {
                float[] ks = kernel.row(base[s]);
                for (int t = 0; t < m; t++) {
                    double q = y[t] * y[s] * ks[base[t]];
                    gradient[t] += alpha[s] * q;
                    if (atUpper(s)) {
                        gradientBar[t] += upper[s] * q;
                    }
                }
            }
        }
    }

    /**
     * Solves the problem from {@code a = 0}.
     *
     * @param kernel    kernel rows of the training rows
     * @param base      for each variable, its training row
     * @param y         for each variable, +1 or -1
     * @param p         the linear term
     * @param upper     for each variable, its upper bound {@code C_t >= 0}
     * @param eps       the stopping tolerance (scikit-learn's {@code tol})
     * @param shrinking whether to use the shrinking heuristic
     * @param maxIter   the step limit, or -1 for LIBSVM's own limit of {@code max(10^7, 100 m)}
     */
    static Solution solve(KernelRows kernel, int[] base, int[] y, double[] p, double[] upper, double eps,
                          boolean shrinking, long maxIter) {
        return new Smo(kernel, base, y, p, upper, eps, new double[y.length], false).run(shrinking,
                maxIter > 0 ? maxIter : Math.max(10_000_000L, 100L * y.length));
    }

    /**
     * Solves a nu problem (same objective and box, plus a fixed sum of {@code a} per sign of y) from the feasible
     * {@code start}, whose per-sign sums it keeps.
     *
     * @param start a feasible starting point, {@code 0 <= start_t <= upper_t}
     * @see #solve for the other parameters
     */
    static Solution solveNu(KernelRows kernel, int[] base, int[] y, double[] p, double[] upper, double[] start,
                            double eps, long maxIter) {
        return new Smo(kernel, base, y, p, upper, eps, start, true).run(false,
                maxIter > 0 ? maxIter : Math.max(10_000_000L, 100L * y.length));
    }

    private Solution run(boolean shrinking, long maxIter) {
        long iterations = 0;
        int counter = Math.min(m, 1000) + 1;
        boolean converged = false;
        int[] pair = new int[2];
        while (iterations < maxIter) {
            if (shrinking && --counter == 0) {
                counter = Math.min(m, 1000);
                shrink();
            }
            if (!select(pair)) {
                if (activeSize == m) {
                    converged = true;
                    break;
                }
                reconstructGradient();
                activeSize = m;
                counter = 1;
                if (!select(pair)) {
                    converged = true;
                    break;
                }
            }
            iterations++;
            update(pair[0], pair[1]);
        }
        if (activeSize < m) {
            reconstructGradient();
            activeSize = m;
        }
        if (nu) {
            double[] offsets = nuOffsets();
            return new Solution(alpha.clone(), (offsets[0] - offsets[1]) / 2, iterations, converged,
                    (offsets[0] + offsets[1]) / 2);
        }
        return new Solution(alpha.clone(), rho(), iterations, converged, Double.NaN);
    }

    private boolean atUpper(int t) {
        return alpha[t] >= upper[t];
    }

    private boolean atLower(int t) {
        return alpha[t] <= 0;
    }

    /** Whether t may move so that {@code -y_t G_t} is the largest (the set I_up). */
    private boolean inUp(int t) {
        return y[t] > 0 ? !atUpper(t) : !atLower(t);
    }

    /** The set I_low. */
    private boolean inLow(int t) {
        return y[t] > 0 ? !atLower(t) : !atUpper(t);
    }

    /** Picks the working set into {@code pair}; false when the active variables are optimal within eps. */
    private boolean select(int[] pair) {
        return nu ? selectWithinSign(pair) : selectAny(pair);
    }

    /**
     * The nu working set: the maximal violator of each sign, and the second variable of the same sign with the
     * best second-order gain; stops when neither sign violates by eps.
     */
    private boolean selectWithinSign(int[] pair) {
        double gmaxPos = Double.NEGATIVE_INFINITY;
        double gmaxNeg = Double.NEGATIVE_INFINITY;
        int iPos = -1;
        int iNeg = -1;
        for (int k = 0; k < activeSize; k++) {
            int t = order[k];
            if (y[t] > 0) {
                if (!atUpper(t) && -gradient[t] >= gmaxPos) {
                    gmaxPos = -gradient[t];
                    iPos = t;
                }
            } else if (!atLower(t) && gradient[t] >= gmaxNeg) {
                gmaxNeg = gradient[t];
                iNeg = t;
            }
        }
        float[] kPos = iPos < 0 ? null : kernel.row(base[iPos]);
        float[] kNeg = iNeg < 0 ? null : kernel.row(base[iNeg]);
        double gmaxPos2 = Double.NEGATIVE_INFINITY;
        double gmaxNeg2 = Double.NEGATIVE_INFINITY;
        int j = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < activeSize; k++) {
            int t = order[k];
            double b;
            double a;
            if (y[t] > 0) {
                if (atLower(t)) {
                    continue;
                }
                gmaxPos2 = Math.max(gmaxPos2, gradient[t]);
                b = gmaxPos + gradient[t];
                a = b > 0 ? diagonal[iPos] + diagonal[t] - 2 * kPos[base[t]] : 0;
            } else {
                if (atUpper(t)) {
                    continue;
                }
                gmaxNeg2 = Math.max(gmaxNeg2, -gradient[t]);
                b = gmaxNeg - gradient[t];
                a = b > 0 ? diagonal[iNeg] + diagonal[t] - 2 * kNeg[base[t]] : 0;
            }
            if (b > 0) {
                double gain = -(b * b) / (a > 0 ? a : TAU);
                if (gain <= best) {
                    best = gain;
                    j = t;
                }
            }
        }
        if (Math.max(gmaxPos + gmaxPos2, gmaxNeg + gmaxNeg2) < eps || j < 0) {
            return false;
        }
        pair[0] = y[j] > 0 ? iPos : iNeg;
        pair[1] = j;
        return true;
    }

    /** The C-SVC working set (WSS 2): the maximal violator and its best second-order partner of either sign. */
    private boolean selectAny(int[] pair) {
        double gmax = Double.NEGATIVE_INFINITY;
        int i = -1;
        for (int k = 0; k < activeSize; k++) {
            int t = order[k];
            if (inUp(t) && -y[t] * gradient[t] >= gmax) {
                gmax = -y[t] * gradient[t];
                i = t;
            }
        }
        double gmax2 = Double.NEGATIVE_INFINITY;
        int j = -1;
        double best = Double.POSITIVE_INFINITY;
        float[] ki = i < 0 ? null : kernel.row(base[i]);
        for (int k = 0; k < activeSize; k++) {
            int t = order[k];
            if (!inLow(t)) {
                continue;
            }
            double yg = y[t] * gradient[t];
            gmax2 = Math.max(gmax2, yg);
            double b = gmax + yg;
            if (b > 0) {
                double a = diagonal[i] + diagonal[t] - 2 * ki[base[t]];
                double gain = -(b * b) / (a > 0 ? a : TAU);
                if (gain <= best) {
                    best = gain;
                    j = t;
                }
            }
        }
        if (gmax + gmax2 < eps || j < 0) {
            return false;
        }
        pair[0] = i;
        pair[1] = j;
        return true;
    }

    /**
     * Solves the two-variable problem of pair (i, j) exactly along the line that keeps {@code y'a} fixed and clips
     * it to the box, with LIBSVM's arithmetic (the clipped variable set to its bound, the other from the kept
     * difference or sum), so that the rounding, and with it the path, is LIBSVM's.
     */
    private void update(int i, int j) {
        float[] ki = kernel.row(base[i]);
        float[] kj = kernel.row(base[j]);
        double ci = upper[i];
        double cj = upper[j];
        double oldI = alpha[i];
        double oldJ = alpha[j];
        boolean wasUpperI = atUpper(i);
        boolean wasUpperJ = atUpper(j);
        double quad = diagonal[i] + diagonal[j] - 2 * ki[base[j]];
        if (quad <= 0) {
            quad = TAU;
        }
        if (y[i] != y[j]) {
            double delta = (-gradient[i] - gradient[j]) / quad;
            double diff = oldI - oldJ;
            alpha[i] += delta;
            alpha[j] += delta;
            if (diff > 0) {
                if (alpha[j] < 0) {
                    alpha[j] = 0;
                    alpha[i] = diff;
                }
            } else if (alpha[i] < 0) {
                alpha[i] = 0;
                alpha[j] = -diff;
            }
            if (diff > ci - cj) {
                if (alpha[i] > ci) {
                    alpha[i] = ci;
                    alpha[j] = ci - diff;
                }
            } else if (alpha[j] > cj) {
                alpha[j] = cj;
                alpha[i] = cj + diff;
            }
        } else {
            double delta = (gradient[i] - gradient[j]) / quad;
            double sum = oldI + oldJ;
            alpha[i] -= delta;
            alpha[j] += delta;
            if (sum > ci) {
                if (alpha[i] > ci) {
                    alpha[i] = ci;
                    alpha[j] = sum - ci;
                }
            } else if (alpha[j] < 0) {
                alpha[j] = 0;
                alpha[i] = sum;
            }
            if (sum > cj) {
                if (alpha[j] > cj) {
                    alpha[j] = cj;
                    alpha[i] = sum - cj;
                }
            } else if (alpha[i] < 0) {
                alpha[i] = 0;
                alpha[j] = sum;
            }
        }
        double di = (alpha[i] - oldI) * y[i];
        double dj = (alpha[j] - oldJ) * y[j];
        for (int k = 0; k < activeSize; k++) {
            int t = order[k];
            gradient[t] += y[t] * (ki[base[t]] * di + kj[base[t]] * dj);
        }
        updateBar(i, wasUpperI, ki);
        updateBar(j, wasUpperJ, kj);
    }

    /** Keeps {@code Gbar_t = sum over s at its upper bound of C_s Q_ts} when variable s enters or leaves it. */
    private void updateBar(int s, boolean wasUpper, float[] ks) {
        boolean isUpper = atUpper(s);
        if (wasUpper == isUpper) {
            return;
        }
        double c = (isUpper ? upper[s] : -upper[s]) * y[s];
        for (int t = 0; t < m; t++) {
            gradientBar[t] += c * y[t] * ks[base[t]];
        }
    }

    /**
     * Rebuilds the gradient of the shrunk variables from Gbar and the free variables (all active: a shrunk one is
     * at a bound), summed in the active order as LIBSVM does.
     */
    private void reconstructGradient() {
        if (activeSize == m) {
            return;
        }
        for (int k = activeSize; k < m; k++) {
            int t = order[k];
            gradient[t] = gradientBar[t] + p[t];
        }
        for (int f = 0; f < activeSize; f++) {
            int s = order[f];
            if (atLower(s) || atUpper(s)) {
                continue;
            }
            float[] ks = kernel.row(base[s]);
            double c = alpha[s] * y[s];
            for (int k = activeSize; k < m; k++) {
                int t = order[k];
                gradient[t] += c * y[t] * ks[base[t]];
            }
        }
    }

    private void shrink() {
        double gmax1 = Double.NEGATIVE_INFINITY;
        double gmax2 = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < activeSize; k++) {
            int t = order[k];
            if (inUp(t)) {
                gmax1 = Math.max(gmax1, -y[t] * gradient[t]);
            }
            if (inLow(t)) {
                gmax2 = Math.max(gmax2, y[t] * gradient[t]);
            }
        }
        if (!unshrunk && gmax1 + gmax2 <= eps * 10) {
            unshrunk = true;
            reconstructGradient();
            activeSize = m;
        }
        // LIBSVM's order: a shrinkable variable swaps places with the last active one that stays
        for (int k = 0; k < activeSize; k++) {
            if (!canShrink(order[k], gmax1, gmax2)) {
                continue;
            }
            activeSize--;
            while (activeSize > k) {
                if (!canShrink(order[activeSize], gmax1, gmax2)) {
                    int t = order[k];
                    order[k] = order[activeSize];
                    order[activeSize] = t;
                    break;
                }
                activeSize--;
            }
        }
    }

    /** Whether bound variable t cannot be part of a violating pair given the current extremes. */
    private boolean canShrink(int t, double gmax1, double gmax2) {
        if (atUpper(t)) {
            return y[t] > 0 ? -gradient[t] > gmax1 : -gradient[t] > gmax2;
        }
        if (atLower(t)) {
            return y[t] > 0 ? gradient[t] > gmax2 : gradient[t] > gmax1;
        }
        return false;
    }

    /**
     * The nu offsets {@code r1} (positive sign) and {@code r2} (negative): for each sign the mean gradient over
     * its free variables, else the middle of its feasible interval.
     */
    private double[] nuOffsets() {
        double[] out = new double[2];
        for (int sign = 0; sign < 2; sign++) {
            double ub = Double.POSITIVE_INFINITY;
            double lb = Double.NEGATIVE_INFINITY;
            double sum = 0;
            int free = 0;
            for (int t = 0; t < m; t++) {
                if ((y[t] > 0) != (sign == 0)) {
                    continue;
                }
                if (atUpper(t)) {
                    lb = Math.max(lb, gradient[t]);
                } else if (atLower(t)) {
                    ub = Math.min(ub, gradient[t]);
                } else {
                    free++;
                    sum += gradient[t];
                }
            }
            out[sign] = free > 0 ? sum / free : (ub + lb) / 2;
        }
        return out;
    }

    /** The offset: the mean of {@code y_t G_t} over free variables, else the middle of the feasible interval. */
    private double rho() {
        double ub = Double.POSITIVE_INFINITY;
        double lb = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int free = 0;
        for (int t = 0; t < m; t++) {
            double yg = y[t] * gradient[t];
            if (atUpper(t)) {
                if (y[t] < 0) {
                    ub = Math.min(ub, yg);
                } else {
                    lb = Math.max(lb, yg);
                }
            } else if (atLower(t)) {
                if (y[t] > 0) {
                    ub = Math.min(ub, yg);
                } else {
                    lb = Math.max(lb, yg);
                }
            } else {
                free++;
                sum += yg;
            }
        }
        return free > 0 ? sum / free : (ub + lb) / 2;
    }
}
