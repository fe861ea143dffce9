package dev.lathe.math;

import dev.lathe.parallel.Chunks;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Linear least squares min ||y - X b|| solved to full double precision even for ill-conditioned designs:
 * columns scaled by powers of two (exact), Householder QR with column pivoting (EJML), then iterative
 * refinement of the augmented system [I X; X' 0][r; b] = [y; 0] with residuals evaluated in twice the
 * working precision (Bjorck 1967; {@link CompensatedDot}). Tall designs are factorised block-wise in
 * parallel ({@link TallQr}). The same refinement gives the columns of
 * (X'X)^-1 for standard errors. Converges while cond(X) times machine epsilon is well below 1.
 */
public final class LeastSquares {

    private static final int MAX_ITERATIONS = 20;
    /** Rows per parallel chunk; fixed, so that results do not depend on the number of threads. */
    private static final int CHUNK = 1 << 14;
    private static final double EPS = Math.ulp(1.0);
    /** Below this condition estimate the unrefined inverse already has more than 11 correct digits. */
    private static final double REFINE_INVERSE_ABOVE = 1e4;

    private final int n;
    private final int p;
    /** Scaled design in pivoted column order, column-major. */
    private final double[][] xs;
    /** Rounding errors of the design in the same layout, or null when the design is exact in double. */
    private final double[][] xsLow;
    /** Power-of-two scale of each pivoted column. */
    private final double[] scale;
    /** Original column index of each pivoted position. */
    private final int[] pivot;
    /** Thin Q, column-major: q[j][i]. */
    private final double[][] q;
    /** Upper-triangular R, row-major p x p. */
    private final double[] r;

    private LeastSquares(int n, int p, double[][] xs, double[][] xsLow, double[] scale, int[] pivot, double[][] q,
                         double[] r) {
        this.n = n;
        this.p = p;
        this.xs = xs;
        this.xsLow = xsLow;
        this.scale = scale;
        this.pivot = pivot;
        this.q = q;
        this.r = r;
    }

    /**
     * Factorises the design given column-major ({@code columns[j][i]} is row i of column j).
     *
     * @throws RankDeficientException when some columns are combinations of others (to working precision)
     */
    public static LeastSquares of(double[][] columns) {
        return of(columns, null);
    }

    /**
     * Factorises a design held as {@code columns + low}, where {@code low} (same shape, or null, or with null
     * columns) carries the
     * rounding errors of computed columns (see {@link CompensatedDot#powers}); refinement then works with
     * the design to about twice double precision.
     */
    public static LeastSquares of(double[][] columns, double[][] low) {
        int p = columns.length;
        if (p == 0) {
            throw new IllegalArgumentException("the design has no columns");
        }
        int n = columns[0].length;
        if (n < p) {
            throw new IllegalArgumentException("the design has " + n + " rows for " + p + " parameters; at least "
                    + p + " rows are needed");
        }
        double[] colScale = new double[p];
        double[][] scaled = new double[p][];
        for (int j = 0; j < p; j++) {
            double norm = norm(columns[j]);
            colScale[j] = norm == 0 ? 1 : Math.scalb(1.0, -Math.getExponent(norm));
            scaled[j] = new double[n];
            for (int i = 0; i < n; i++) {
                scaled[j][i] = columns[j][i] * colScale[j];
            }
        }
        TallQr qr = TallQr.of(scaled);
        int[] pivot = qr.pivot();
        double[] r = qr.r();
        double tol = Math.max(n, p) * EPS * Math.abs(r[0]) * 10;
        List<Integer> dependent = new ArrayList<>();
        for (int k = 0; k < p; k++) {
            if (!(Math.abs(r[k * p + k]) > tol)) {
                dependent.add(pivot[k]);
            }
        }
        if (!dependent.isEmpty()) {
            throw new RankDeficientException(dependent, "the design is rank deficient: " + dependent.size()
                    + " column(s) are linear combinations of the others");
        }
        double[][] xs = new double[p][];
        double[][] xsLow = low == null ? null : new double[p][];
        double[] scale = new double[p];
        for (int k = 0; k < p; k++) {
            int j = pivot[k];
            scale[k] = colScale[j];
            xs[k] = scaled[j];
            if (low != null && low[j] != null && !allZero(low[j])) {
                xsLow[k] = new double[n];
                for (int i = 0; i < n; i++) {
                    xsLow[k][i] = low[j][i] * colScale[j];
                }
            }
        }
        return new LeastSquares(n, p, xs, xsLow, scale, pivot, qr.q(), r);
    }

    private static boolean allZero(double[] v) {
        for (double x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    /** Euclidean norm; rescaled only when the plain sum of squares overflows or underflows. */
    private static double norm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        if (sum > 0 && Double.isFinite(sum) && sum > Double.MIN_NORMAL) {
            return Math.sqrt(sum);
        }
        double norm = 0;
        for (double x : v) {
            norm = Math.hypot(norm, x);
        }
        return norm;
    }

    /** Number of rows. */
    public int rows() {
        return n;
    }

    /** Number of columns (parameters). */
    public int columns() {
        return p;
    }

    /** Ratio of the largest to the smallest diagonal of R after scaling: an estimate of cond(X) up to scaling. */
    public double conditionEstimate() {
        return Math.abs(r[0]) / Math.abs(r[(p - 1) * p + p - 1]);
    }

    /**
     * The singular values of the unscaled design, from the small factor R (X P = Q R S^-1, S the column
     * scales), without touching the n rows again.
     */
    public double[] designSingularValues() {
        org.ejml.data.DMatrixRMaj m = new org.ejml.data.DMatrixRMaj(p, p);
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                m.unsafe_set(i, j, r[i * p + j] / scale[j]);
            }
        }
        var svd = org.ejml.dense.row.factory.DecompositionFactory_DDRM.svd(p, p, false, false, true);
        if (!svd.decompose(m)) {
            throw new IllegalStateException("SVD of R failed");
        }
        return svd.getSingularValues().clone();
    }

    /** The least-squares coefficients for target {@code y}, in the original column order. */
    public double[] solve(double[] y) {
        return fit(y).coefficients();
    }

    /**
     * Coefficients and residuals.
     *
     * @param coefficients in the original column order
     * @param residuals    y - X b, refined to working precision
     */
    public record Solution(double[] coefficients, double[] residuals) {
    }

    /** The least-squares solution for target {@code y}, with its residuals. */
    public Solution fit(double[] y) {
        if (y.length != n) {
            throw new IllegalArgumentException("target has " + y.length + " rows, the design " + n);
        }
        double[] res = new double[n];
        double[] z = refine(y, null, res);
        double[] b = new double[p];
        for (int k = 0; k < p; k++) {
            b[pivot[k]] = z[k] * scale[k];
        }
        return new Solution(b, res);
    }

    /** (X'X)^-1 in the original column order, refined column by column when the design is ill-conditioned. */
    public double[][] inverseGram() {
        double[][] c = new double[p][p];
        boolean refineIt = conditionEstimate() > REFINE_INVERSE_ABOVE;
        for (int k = 0; k < p; k++) {
            double[] g = new double[p];
            g[k] = -1;
            double[] col = refineIt ? refine(null, g, new double[n]) : correctionOnly(g);
            for (int m = 0; m < p; m++) {
                c[pivot[m]][pivot[k]] = col[m] * scale[m] * scale[k];
            }
        }
        return c;
    }

    /**
     * Solves [I X; X' 0][r; z] = [y; g] in the scaled, pivoted space (y or g null meaning zero); r is left in
     * {@code res}.
     */
    private double[] refine(double[] y, double[] g, double[] res) {
        double[] z = new double[p];
        double[] f = new double[n];
        double[] h = new double[p];
        double[] negZ = new double[p];
        double[] dr = new double[n];
        double[] dz = new double[p];
        double previous = Double.POSITIVE_INFINITY;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            if (it == 0) {
                // r = 0 and z = 0: the residuals are the right-hand sides themselves
                for (int i = 0; i < n; i++) {
                    f[i] = y == null ? 0 : y[i];
                }
                for (int k = 0; k < p; k++) {
                    h[k] = g == null ? 0 : g[k];
                }
            } else {
                residuals(y, g, res, z, f, h, negZ);
            }
            correct(f, h, dr, dz);
            double change = 0;
            double size = 0;
            for (int k = 0; k < p; k++) {
                z[k] += dz[k];
                change = Math.max(change, Math.abs(dz[k]));
                size = Math.max(size, Math.abs(z[k]));
            }
            for (int i = 0; i < n; i++) {
                res[i] += dr[i];
            }
            if (change <= 2 * EPS * size || change >= previous) {
                break;
            }
            previous = change;
        }
        return z;
    }

    /** f = y - r - X z and h = g - X' r, in twice the working precision. */
    private void residuals(double[] y, double[] g, double[] res, double[] z, double[] f, double[] h, double[] negZ) {
        for (int k = 0; k < p; k++) {
            negZ[k] = -z[k];
        }
        Chunks.run(chunks(), c -> {
            for (int i = c * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
                f[i] = CompensatedDot.rowDot(y == null ? 0 : y[i], -res[i], xs, xsLow, i, negZ);
            }
        });
        Chunks.run(p, k -> h[k] = -CompensatedDot.dot(g == null ? 0 : -g[k], xs[k],
                xsLow == null ? null : xsLow[k], res));
    }

    private int chunks() {
        return (n + CHUNK - 1) / CHUNK;
    }

    /** One unrefined solve of [I X; X' 0][r; z] = [0; g]: z = -R^-1 R^-T g, from R alone. */
    private double[] correctionOnly(double[] g) {
        double[] a = forward(g);
        for (int i = 0; i < p; i++) {
            a[i] = -a[i];
        }
        return backward(a);
    }

    /** Solves R^T a = h (R^T lower triangular). */
    private double[] forward(double[] h) {
        double[] a = new double[p];
        for (int i = 0; i < p; i++) {
            double s = h[i];
            for (int k = 0; k < i; k++) {
                s -= r[k * p + i] * a[k];
            }
            a[i] = s / r[i * p + i];
        }
        return a;
    }

    /** Solves R z = u. */
    private double[] backward(double[] u) {
        double[] z = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = u[i];
            for (int k = i + 1; k < p; k++) {
                s -= r[i * p + k] * z[k];
            }
            z[i] = s / r[i * p + i];
        }
        return z;
    }

    /**
     * Solves [I X; X' 0][dr; dz] = [f; h] with X = Q R: a = R^-T h, u = Q'f - a, dz = R^-1 u, dr = f - Q u.
     */
    private void correct(double[] f, double[] h, double[] dr, double[] dz) {
        double[] a = forward(h);
        double[] u = new double[p];
        Chunks.run(p, k -> {
            double s = 0;
            double[] qk = q[k];
            for (int i = 0; i < n; i++) {
                s += qk[i] * f[i];
            }
            u[k] = s - a[k];
        });
        System.arraycopy(backward(u), 0, dz, 0, p);
        Chunks.run(chunks(), c -> {
            int from = c * CHUNK;
            int to = Math.min(n, from + CHUNK);
            System.arraycopy(f, from, dr, from, to - from);
            for (int k = 0; k < p; k++) {
                double[] qk = q[k];
                double uk = u[k];
                for (int i = from; i < to; i++) {
                    dr[i] -= qk[i] * uk;
                }
            }
        });
    }
}
