package dev.lathe.model.recommend;

import dev.lathe.parallel.Chunks;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * The alternating solves of {@link ImplicitAls}. For row u (a user, or an item on the other half) with
 * observed columns j, confidence {@code c = 1 + alpha v} and preference {@code p = [v > 0]}, the normal
 * equations are {@code (G + sum_j (c - 1) y_j y_j') x = sum_j c p y_j} with {@code G = Y'Y + lambda I} shared by
 * every row.
 */
final class ImplicitAlsSolver {

    private static final int GRAM_BLOCK = 4096;

    private ImplicitAlsSolver() {
    }

    static FactorScorer fit(ImplicitAls config, SparseRows byUser) {
        int k = config.factors();
        SparseRows byItem = byUser.transpose();
        Random random = new Random(config.seed());
        double[] users = gaussian(random, byUser.rowCount() * k);
        double[] items = gaussian(random, byItem.rowCount() * k);
        for (int it = 0; it < config.iterations(); it++) {
            solve(byUser, items, users, config);
            solve(byItem, users, items, config);
        }
        return new FactorScorer(k, users, items, 0, null, null);
    }

    private static double[] gaussian(Random random, int n) {
        double[] out = new double[n];
        for (int t = 0; t < n; t++) {
            out[t] = 0.01 * random.nextGaussian();
        }
        return out;
    }

    /**
     * Updates every row of {@code target} (rows x k, in place: the conjugate-gradient solver starts from the
     * current values) given the other side's factors {@code fixed}.
     */
    static void solve(SparseRows rows, double[] fixed, double[] target, ImplicitAls config) {
        int k = config.factors();
        double[] g = gram(fixed, k);
        for (int a = 0; a < k; a++) {
            g[a * k + a] += config.regularization();
        }
        if (config.solver() == Solver.CG) {
            RowBlocks.run(rows.rowCount(), () -> new double[3 * k],
                    (r, s) -> conjugateGradient(rows, r, fixed, target, g, k, config, s));
        } else {
            RowBlocks.run(rows.rowCount(), () -> new Direct(k),
                    (r, s) -> cholesky(rows, r, fixed, target, g, k, config.alpha(), s));
        }
    }

    /** {@code Y'Y} of a rows x k matrix, summed over fixed blocks of rows in block order. */
    static double[] gram(double[] y, int k) {
        int rows = y.length / k;
        int blocks = (rows + GRAM_BLOCK - 1) / GRAM_BLOCK;
        double[][] partial = new double[blocks][];
        Chunks.run(blocks, b -> {
            double[] s = new double[k * k];
            int to = Math.min(rows, (b + 1) * GRAM_BLOCK);
            for (int j = b * GRAM_BLOCK; j < to; j++) {
                int o = j * k;
                for (int a = 0; a < k; a++) {
                    double ya = y[o + a];
                    int row = a * k;
                    for (int c = a; c < k; c++) {
                        s[row + c] += ya * y[o + c];
                    }
                }
            }
            partial[b] = s;
        });
        double[] g = new double[k * k];
        for (double[] s : partial) {
            for (int t = 0; t < g.length; t++) {
                g[t] += s[t];
            }
        }
        for (int a = 0; a < k; a++) {
            for (int c = 0; c < a; c++) {
                g[a * k + c] = g[c * k + a];
            }
        }
        return g;
    }

    /**
     * {@code cgSteps} conjugate-gradient steps on row r's normal equations from its current factors, with the
     * system applied as {@code G p + sum_j (c - 1) (y_j . p) y_j}, never formed.
     */
    private static void conjugateGradient(SparseRows rows, int r, double[] y, double[] x, double[] g, int k,
                                          ImplicitAls config, double[] scratch) {
        int[] cols = rows.columns();
        double[] vals = rows.values();
        int xo = r * k;
        int from = rows.start(r);
        int to = rows.end(r);
        double alpha = config.alpha();
        // residual b - A x, stored in scratch[0, k)
        multiplyGram(g, x, xo, scratch, 0, k);
        for (int a = 0; a < k; a++) {
            scratch[a] = -scratch[a];
        }
        for (int t = from; t < to; t++) {
            int yo = cols[t] * k;
            double extra = alpha * vals[t];
            double yx = dot(y, yo, x, xo, k);
            double coefficient = (vals[t] > 0 ? 1 + extra : 0) - extra * yx;
            for (int a = 0; a < k; a++) {
                scratch[a] += coefficient * y[yo + a];
            }
        }
        int p = k;
        int ap = 2 * k;
        System.arraycopy(scratch, 0, scratch, p, k);
        double rs = dot(scratch, 0, scratch, 0, k);
        for (int step = 0; step < config.cgSteps() && rs > 1e-20; step++) {
            multiplyGram(g, scratch, p, scratch, ap, k);
            for (int t = from; t < to; t++) {
                int yo = cols[t] * k;
                double coefficient = alpha * vals[t] * dot(y, yo, scratch, p, k);
                for (int a = 0; a < k; a++) {
                    scratch[ap + a] += coefficient * y[yo + a];
                }
            }
            double pAp = dot(scratch, p, scratch, ap, k);
            if (pAp <= 0) {
                break;
            }
            double step2 = rs / pAp;
            for (int a = 0; a < k; a++) {
                x[xo + a] += step2 * scratch[p + a];
                scratch[a] -= step2 * scratch[ap + a];
            }
            double next = dot(scratch, 0, scratch, 0, k);
            for (int a = 0; a < k; a++) {
                scratch[p + a] = scratch[a] + next / rs * scratch[p + a];
            }
            rs = next;
        }
    }

    /** Forms row r's normal equations and solves them exactly by Cholesky. */
    private static void cholesky(SparseRows rows, int r, double[] y, double[] x, double[] g, int k, double alpha,
                                 Direct s) {
        System.arraycopy(g, 0, s.a.data, 0, k * k);
        java.util.Arrays.fill(s.b.data, 0);
        int[] cols = rows.columns();
        double[] vals = rows.values();
        for (int t = rows.start(r); t < rows.end(r); t++) {
            int yo = cols[t] * k;
            double extra = alpha * vals[t];
            double target = vals[t] > 0 ? 1 + extra : 0;
            for (int a = 0; a < k; a++) {
                double ya = y[yo + a];
                s.b.data[a] += target * ya;
                int row = a * k;
                for (int c = 0; c < k; c++) {
                    s.a.data[row + c] += extra * ya * y[yo + c];
                }
            }
        }
        if (!s.solver.setA(s.a)) {
            throw new IllegalStateException("implicit ALS normal equations are not positive definite at row " + r
                    + "; use a regularization above 0");
        }
        s.solver.solve(s.b, s.x);
        System.arraycopy(s.x.data, 0, x, r * k, k);
    }

    private static void multiplyGram(double[] g, double[] v, int vo, double[] out, int oo, int k) {
        for (int a = 0; a < k; a++) {
            out[oo + a] = dot(g, a * k, v, vo, k);
        }
    }

    /** A dot product summed in four interleaved parts (a fixed order, so results stay reproducible). */
    private static double dot(double[] a, int ao, double[] b, int bo, int k) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int f = 0;
        for (; f + 3 < k; f += 4) {
            s0 += a[ao + f] * b[bo + f];
            s1 += a[ao + f + 1] * b[bo + f + 1];
            s2 += a[ao + f + 2] * b[bo + f + 2];
            s3 += a[ao + f + 3] * b[bo + f + 3];
        }
        for (; f < k; f++) {
            s0 += a[ao + f] * b[bo + f];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * The objective {@code sum over all cells of c (p - x_u . y_i)^2 + lambda (|X|^2 + |Y|^2)}, computed without
     * visiting unobserved cells: {@code sum_all s^2 = <X'X, Y'Y>} plus corrections on the observed ones.
     */
    static double loss(SparseRows byUser, FactorScorer model, double alpha, double lambda) {
        int k = model.factors();
        int users = byUser.rowCount();
        int items = byUser.columnCount();
        double[] x = new double[users * k];
        double[] y = new double[items * k];
        for (int u = 0; u < users; u++) {
            System.arraycopy(model.userFactor(u), 0, x, u * k, k);
        }
        for (int j = 0; j < items; j++) {
            System.arraycopy(model.itemFactor(j), 0, y, j * k, k);
        }
        double[] gx = gram(x, k);
        double[] gy = gram(y, k);
        double total = 0;
        for (int t = 0; t < gx.length; t++) {
            total += gx[t] * gy[t];
        }
        for (int u = 0; u < users; u++) {
            for (int t = byUser.start(u); t < byUser.end(u); t++) {
                double v = byUser.values()[t];
                double s = dot(x, u * k, y, byUser.columns()[t] * k, k);
                double p = v > 0 ? 1 : 0;
                total += (1 + alpha * v) * (p - s) * (p - s) - s * s;
            }
        }
        return total + lambda * (dot(x, 0, x, 0, x.length) + dot(y, 0, y, 0, y.length));
    }

    /** One block's work space for the exact solve. */
    private static final class Direct {
        final DMatrixRMaj a;
        final DMatrixRMaj b;
        final DMatrixRMaj x;
        final LinearSolverDense<DMatrixRMaj> solver;

        Direct(int k) {
            a = new DMatrixRMaj(k, k);
            b = new DMatrixRMaj(k, 1);
            x = new DMatrixRMaj(k, 1);
            solver = LinearSolverFactory_DDRM.chol(k);
        }
    }
}
