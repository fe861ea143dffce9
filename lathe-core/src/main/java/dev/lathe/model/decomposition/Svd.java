package dev.lathe.model.decomposition;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The thin SVD of a row-major matrix through EJML, singular values descending, with scikit-learn's sign rule
 * ({@code svd_flip}): each right singular vector is signed so that the largest-magnitude entry of its left vector
 * (U-based) or of itself (V-based) is positive; the first such entry counts on ties.
 *
 * @param singularValues the singular values, descending
 * @param vt             right singular vectors as rows, {@code vt[c][j]}
 */
record Svd(double[] singularValues, double[][] vt) {

    static Svd of(double[] rows, int n, int d, boolean uBased) {
        DMatrixRMaj a = new DMatrixRMaj(n, d, true, rows.clone());
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, d, false, true, true);
        if (!svd.decompose(a)) {
            throw new IllegalArgumentException("the singular value decomposition did not converge");
        }
        DMatrixRMaj w = svd.getW(null);
        DMatrixRMaj v = svd.getV(null, true);
        SingularOps_DDRM.descendingOrder(null, false, w, v, true);
        int r = Math.min(w.numRows, w.numCols);
        double[] s = new double[r];
        double[][] vt = new double[r][d];
        for (int c = 0; c < r; c++) {
            s[c] = w.get(c, c);
            for (int j = 0; j < d; j++) {
                vt[c][j] = v.get(c, j);
            }
            double sign = uBased ? uSign(rows, n, d, vt[c]) : vSign(vt[c]);
            if (sign < 0) {
                for (int j = 0; j < d; j++) {
                    vt[c][j] = -vt[c][j];
                }
            }
        }
        return new Svd(s, vt);
    }

    /** Sign of the largest-magnitude entry of u = A v (u is v's left vector scaled by the singular value). */
    private static double uSign(double[] rows, int n, int d, double[] v) {
        double best = -1;
        double sign = 1;
        for (int i = 0; i < n; i++) {
            double t = 0;
            for (int j = 0; j < d; j++) {
                t += rows[i * d + j] * v[j];
            }
            if (Math.abs(t) > best) {
                best = Math.abs(t);
                sign = Math.signum(t);
            }
        }
        return sign;
    }

    private static double vSign(double[] v) {
        int at = 0;
        for (int j = 1; j < v.length; j++) {
            if (Math.abs(v[j]) > Math.abs(v[at])) {
                at = j;
            }
        }
        return Math.signum(v[at]);
    }
}
