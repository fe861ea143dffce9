package dev.lathe.model.linear;

import dev.lathe.math.LeastSquares;
import dev.lathe.math.Quantiles;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.qr.QRColPivDecompositionHouseholderColumn_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Solves min_b sum_i rho_q(y_i - x_i'b) exactly, as the linear program it is, by the simplex method on
 * elemental sets of Koenker and d'Orey (1987), the quantile form of Barrodale and Roberts (1973). A vertex
 * is a set h of p rows that the fit interpolates, b = X_h^-1 y_h. Every other row is labelled above or
 * below the fit (its sign, kept through ties at zero as the LP's basic variable). Each step takes the
 * steepest descending edge (one row of h leaves the fit, upward or downward) and follows it, by the
 * Barrodale-Roberts weighted-median line search, past as many rows as keeps the objective falling; the
 * row where it stops enters h. The method stops at a vertex where no edge descends: the reduced costs then
 * prove it an exact optimum of the LP. Linear solves use EJML's LU; the start is the elemental set nearest
 * the least-squares fit shifted to the q-quantile of its residuals, chosen by EJML's column-pivoted QR.
 * Degenerate vertices (ties) are avoided by solving first for a minutely jittered target, then going on
 * from that basis with the target itself, so the answer is an exact vertex of the original problem.
 */
final class QuantileSimplex {

    private static final double EPS = Math.ulp(1.0);
    /** Rows nearer the shifted least-squares fit than this share of the mean distance count as equally near. */
    private static final double START_RESOLUTION = 1e-3;
    /** Size of the jitter that breaks ties, relative to the target's spread. */
    private static final double JITTER = 1e-6;
    /** The golden ratio's fractional part, whose multiples spread evenly over [0, 1). */
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private final double[][] x;
    private final double[] y;
    private final double q;
    private final double tol;
    private final int n;
    private final int p;
    private final int[] basis;
    private final boolean[] basic;
    private final boolean[] below;
    private final double[] columnAbsSum;
    private final double[] residual;
    private final double[] magnitude;
    private final double[] z;
    private final double[] zScale;
    private final double[] breakpoint;
    private final int[] candidate;
    /** The target the simplex currently optimises: first jittered, then {@link #y} itself. */
    private double[] target;
    private int steps;

    private QuantileSimplex(double[][] x, double[] y, double q, double tol) {
        this.x = x;
        this.y = y;
        this.q = q;
        this.tol = tol;
        this.n = y.length;
        this.p = x.length;
        this.basis = new int[p];
        this.basic = new boolean[n];
        this.below = new boolean[n];
        this.columnAbsSum = new double[p];
        for (int j = 0; j < p; j++) {
            for (double v : x[j]) {
                columnAbsSum[j] += Math.abs(v);
            }
        }
        this.residual = new double[n];
        this.magnitude = new double[n];
        this.z = new double[n];
        this.zScale = new double[n];
        this.breakpoint = new double[n];
        this.candidate = new int[n];
    }

    /**
     * The exact quantile regression coefficients.
     *
     * @param x       design, column-major ({@code x[j][i]} is row i of column j), full column rank, at
     *                least as many rows as columns
     * @param y       target, one value per row
     * @param q       quantile in (0, 1)
     * @param maxIter most simplex steps before giving up
     * @param tol     relative tolerance below which residuals count as zero and edges as flat
     * @throws dev.lathe.math.RankDeficientException when columns of {@code x} are linearly dependent
     * @throws IllegalStateException when the optimum is not reached within {@code maxIter} steps
     */
    static double[] solve(double[][] x, double[] y, double q, int maxIter, double tol) {
        QuantileSimplex s = new QuantileSimplex(x, y, q, tol);
        s.start();
        s.target = jittered(y);
        s.optimise(maxIter);
        s.target = y;
        return s.optimise(maxIter).coefficients;
    }

    /** Steps until no edge descends; returns the optimal vertex. */
    private Vertex optimise(int maxIter) {
        while (true) {
            Vertex v = vertex();
            if (!descend(v)) {
                return v;
            }
            if (++steps > maxIter) {
                throw new IllegalStateException("quantile regression did not reach the exact optimum within max_iter = "
                        + maxIter + " simplex steps; raise max_iter");
            }
        }
    }

    /**
     * {@code y} plus a deterministic jitter of a millionth of its mean absolute deviation (from the golden
     * ratio sequence, so no two rows get the same), which leaves no vertex degenerate: without it a target
     * with ties, or a fit through many rows, makes the simplex crawl through steps of length zero.
     */
    private static double[] jittered(double[] y) {
        double[] sorted = y.clone();
        Arrays.sort(sorted);
        double median = Quantiles.ofSorted(sorted, sorted.length, 0.5);
        double spread = 0;
        double largest = 0;
        for (double v : y) {
            spread += Math.abs(v - median) / y.length;
            largest = Math.max(largest, Math.abs(v));
        }
        double size = JITTER * (spread > 0 ? spread : largest > 0 ? largest : 1);
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            double u = (i + 1) * GOLDEN;
            out[i] = y[i] + size * (u - Math.floor(u) - 0.5);
        }
        return out;
    }

    /** The current vertex: coefficients and X_h^-1 (its columns are the edge directions). */
    private record Vertex(double[] coefficients, DMatrixRMaj inverse) {
    }

    /** Picks the start set h: rows near the least-squares fit shifted to the q-quantile, linearly independent. */
    private void start() {
        double[] shifted = residuals(LeastSquares.of(x).solve(y));
        double[] sorted = shifted.clone();
        Arrays.sort(sorted);
        double shift = Quantiles.ofSorted(sorted, n, q);
        double spread = 0;
        for (int i = 0; i < n; i++) {
            shifted[i] = Math.abs(shifted[i] - shift);
            spread += shifted[i] / n;
        }
        double floor = START_RESOLUTION * spread + Double.MIN_NORMAL;
        DMatrixRMaj rows = new DMatrixRMaj(p, n);
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int j = 0; j < p; j++) {
                norm = Math.hypot(norm, x[j][i]);
            }
            double w = norm == 0 ? 0 : 1 / ((shifted[i] + floor) * norm);
            for (int j = 0; j < p; j++) {
                rows.unsafe_set(j, i, x[j][i] * w);
            }
        }
        QRColPivDecompositionHouseholderColumn_DDRM qr = new QRColPivDecompositionHouseholderColumn_DDRM(0);
        if (!qr.decompose(rows)) {
            throw new IllegalStateException("QR decomposition of the design failed");
        }
        int[] pivots = qr.getColPivots();
        for (int k = 0; k < p; k++) {
            basis[k] = pivots[k];
            basic[pivots[k]] = true;
        }
    }

    private double[] residuals(double[] b) {
        double[] r = y.clone();
        for (int j = 0; j < p; j++) {
            double bj = b[j];
            double[] col = x[j];
            for (int i = 0; i < n; i++) {
                r[i] -= col[i] * bj;
            }
        }
        return r;
    }

    /** Solves for the current set h, refreshes residuals and labels (zero residuals keep their label). */
    private Vertex vertex() {
        DMatrixRMaj xh = new DMatrixRMaj(p, p);
        DMatrixRMaj yh = new DMatrixRMaj(p, 1);
        for (int k = 0; k < p; k++) {
            for (int j = 0; j < p; j++) {
                xh.unsafe_set(k, j, x[j][basis[k]]);
            }
            yh.unsafe_set(k, 0, target[basis[k]]);
        }
        LinearSolverDense<DMatrixRMaj> lu = LinearSolverFactory_DDRM.lu(p);
        if (!lu.setA(xh)) {
            throw new IllegalStateException("the simplex reached a singular elemental set");
        }
        DMatrixRMaj b = new DMatrixRMaj(p, 1);
        lu.solve(yh, b);
        DMatrixRMaj inverse = new DMatrixRMaj(p, p);
        lu.invert(inverse);
        System.arraycopy(target, 0, residual, 0, n);
        for (int i = 0; i < n; i++) {
            magnitude[i] = Math.abs(target[i]);
        }
        for (int j = 0; j < p; j++) {
            double bj = b.get(j);
            double[] col = x[j];
            for (int i = 0; i < n; i++) {
                residual[i] -= col[i] * bj;
                magnitude[i] += Math.abs(col[i] * bj);
            }
        }
        for (int i = 0; i < n; i++) {
            if (basic[i]) {
                residual[i] = 0;
            } else if (Math.abs(residual[i]) > tol * magnitude[i]) {
                below[i] = residual[i] < 0;
            }
        }
        return new Vertex(b.getData().clone(), inverse);
    }

    /**
     * Moves to a better vertex along the steepest descending edge; false when no edge descends. Along
     * +delta_k (column k of X_h^-1) row h_k falls below the fit and the objective changes at rate
     * (1 - q) - u_k, along -delta_k at rate q + u_k, where u = X_h^-T sum over the other rows of psi_i x_i
     * and psi_i = q above the fit, q - 1 below.
     */
    private boolean descend(Vertex v) {
        double[] g = new double[p];
        for (int j = 0; j < p; j++) {
            double[] col = x[j];
            double s = 0;
            for (int i = 0; i < n; i++) {
                if (!basic[i]) {
                    s += (below[i] ? q - 1 : q) * col[i];
                }
            }
            g[j] = s;
        }
        int bestK = -1;
        double bestSign = 0;
        double bestSlope = 0;
        for (int k = 0; k < p; k++) {
            double u = 0;
            double bound = 1;
            for (int j = 0; j < p; j++) {
                double d = v.inverse.unsafe_get(j, k);
                u += d * g[j];
                bound += Math.abs(d) * columnAbsSum[j];
            }
            double flat = -tol * bound;
            double up = (1 - q) - u;
            double down = q + u;
            if (up < flat && up < bestSlope) {
                bestK = k;
                bestSign = 1;
                bestSlope = up;
            }
            if (down < flat && down < bestSlope) {
                bestK = k;
                bestSign = -1;
                bestSlope = down;
            }
        }
        if (bestK < 0) {
            return false;
        }
        int entering = lineSearch(v.inverse, bestK, bestSign, bestSlope);
        int leaving = basis[bestK];
        basic[leaving] = false;
        below[leaving] = bestSign > 0;
        basis[bestK] = entering;
        basic[entering] = true;
        return true;
    }

    /**
     * Follows the edge sign * delta_k from slope {@code slope} < 0: each row whose residual the edge drives
     * through zero raises the slope by |x_i'd|; returns the row where the slope turns non-negative (the
     * weighted median) and relabels the rows passed before it.
     */
    private int lineSearch(DMatrixRMaj inverse, int k, double sign, double slope) {
        Arrays.fill(z, 0);
        Arrays.fill(zScale, 0);
        for (int j = 0; j < p; j++) {
            double d = sign * inverse.unsafe_get(j, k);
            double[] col = x[j];
            for (int i = 0; i < n; i++) {
                z[i] += col[i] * d;
                zScale[i] += Math.abs(col[i] * d);
            }
        }
        int m = 0;
        for (int i = 0; i < n; i++) {
            boolean crosses = below[i] ? z[i] < 0 : z[i] > 0;
            if (!basic[i] && crosses && Math.abs(z[i]) > p * EPS * zScale[i]) {
                candidate[m] = i;
                breakpoint[m] = Math.max(0, residual[i] / z[i]);
                m++;
            }
        }
        double[] sorted = Arrays.copyOf(breakpoint, m);
        Arrays.sort(sorted);
        if (m == 0 || slope + weightUpTo(sorted[m - 1], m) < 0) {
            throw new IllegalStateException("the simplex line search found no minimum (numerically singular design?)");
        }
        int lo = 0;
        int hi = m - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (slope + weightUpTo(sorted[mid], m) >= 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        double stop = sorted[lo];
        double reached = slope;
        int lastTie = -1;
        for (int c = 0; c < m; c++) {
            if (breakpoint[c] < stop) {
                reached += Math.abs(z[candidate[c]]);
                below[candidate[c]] = !below[candidate[c]];
            } else if (breakpoint[c] == stop) {
                lastTie = c;
            }
        }
        for (int c = 0; ; c++) {
            if (breakpoint[c] == stop) {
                int i = candidate[c];
                reached += Math.abs(z[i]);
                if (reached >= 0 || c == lastTie) {
                    return i;
                }
                below[i] = !below[i];
            }
        }
    }

    /** Sum of |z| over the first {@code m} candidates whose breakpoint is at most {@code t}. */
    private double weightUpTo(double t, int m) {
        double w = 0;
        for (int c = 0; c < m; c++) {
            if (breakpoint[c] <= t) {
                w += Math.abs(z[candidate[c]]);
            }
        }
        return w;
    }
}
