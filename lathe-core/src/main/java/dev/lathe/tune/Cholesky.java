package dev.lathe.tune;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * The Cholesky factorisation (EJML) of a small symmetric positive definite matrix, with the solves and the
 * log-determinant the Gaussian-process likelihood needs.
 */
final class Cholesky {

    private final LinearSolverDense<DMatrixRMaj> solver;
    private final int n;
    private final double logDet;

    private Cholesky(LinearSolverDense<DMatrixRMaj> solver, int n, double logDet) {
        this.solver = solver;
        this.n = n;
        this.logDet = logDet;
    }

    /** The factor of {@code a} (not changed), or null when it is not numerically positive definite. */
    static Cholesky of(double[][] a) {
        int n = a.length;
        DMatrixRMaj m = new DMatrixRMaj(a);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.chol(n);
        if (!solver.setA(m.copy())) {
            return null;
        }
        DMatrixRMaj factor = ((org.ejml.interfaces.decomposition.CholeskyDecomposition_F64<DMatrixRMaj>)
                solver.getDecomposition()).getT(null);
        double s = 0;
        for (int i = 0; i < n; i++) {
            double d = factor.get(i, i);
            if (!(d > 0)) {
                return null;
            }
            s += Math.log(d);
        }
        return new Cholesky(solver, n, 2 * s);
    }

    /** log det A. */
    double logDet() {
        return logDet;
    }

    /** A^-1 b. */
    double[] solve(double[] b) {
        DMatrixRMaj x = new DMatrixRMaj(n, 1);
        solver.solve(new DMatrixRMaj(n, 1, true, b), x);
        return x.data.clone();
    }

    /** A^-1. */
    double[][] inverse() {
        DMatrixRMaj inv = new DMatrixRMaj(n, n);
        solver.invert(inv);
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = inv.get(i, j);
            }
        }
        return out;
    }
}
