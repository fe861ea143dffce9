package dev.lathe.model.linear;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * One singular value decomposition X = U S V' of a (centred) design and its target, from which the ridge
 * solution w(alpha) = V diag(s / (s^2 + alpha)) U'y follows for any number of alphas at O(n r) each.
 */
final class RidgeSvd {

    private final double[] y;
    /** Left singular vectors: u[k][i]. */
    private final double[][] u;
    /** Right singular vectors: v[k][j]. */
    private final double[][] v;
    private final double[] s;
    /** U'y. */
    private final double[] uty;

    private RidgeSvd(double[] y, double[][] u, double[][] v, double[] s, double[] uty) {
        this.y = y;
        this.u = u;
        this.v = v;
        this.s = s;
        this.uty = uty;
    }

    /** Decomposes column-major {@code x} (EJML's thin SVD) and projects {@code y}. */
    static RidgeSvd of(double[][] x, double[] y) {
        int n = y.length;
        int p = x.length;
        DMatrixRMaj a = new DMatrixRMaj(n, p);
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < n; i++) {
                a.unsafe_set(i, j, x[j][i]);
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, p, true, true, true);
        if (!svd.decompose(a)) {
            throw new IllegalStateException("the singular value decomposition of the design did not converge");
        }
        int r = svd.numberOfSingularValues();
        DMatrixRMaj um = svd.getU(null, true);
        DMatrixRMaj vm = svd.getV(null, true);
        double[][] u = new double[r][n];
        double[][] v = new double[r][p];
        double[] uty = new double[r];
        for (int k = 0; k < r; k++) {
            double dot = 0;
            for (int i = 0; i < n; i++) {
                u[k][i] = um.unsafe_get(k, i);
                dot += u[k][i] * y[i];
            }
            uty[k] = dot;
            for (int j = 0; j < p; j++) {
                v[k][j] = vm.unsafe_get(k, j);
            }
        }
        return new RidgeSvd(y.clone(), u, v, svd.getSingularValues().clone(), uty);
    }

    /**
     * The mean squared leave-one-out error at each alpha, exactly, from the hat matrix: e_i / (1 - h_ii). With
     * {@code intercept} the design was centred and an unpenalised intercept adds 1/n to every leverage (the
     * ones vector is orthogonal to the centred columns), as scikit-learn's RidgeCV computes it.
     */
    double[] leaveOneOutMse(double[] alphas, boolean intercept) {
        int n = y.length;
        double[] out = new double[alphas.length];
        double[] shrink = new double[s.length];
        for (int a = 0; a < alphas.length; a++) {
            for (int k = 0; k < s.length; k++) {
                shrink[k] = s[k] * s[k] / (s[k] * s[k] + alphas[a]);
            }
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double fit = 0;
                double leverage = intercept ? 1.0 / n : 0;
                for (int k = 0; k < s.length; k++) {
                    double uik = u[k][i];
                    fit += uik * shrink[k] * uty[k];
                    leverage += uik * uik * shrink[k];
                }
                double e = (y[i] - fit) / (1 - leverage);
                sum += e * e;
            }
            out[a] = sum / n;
        }
        return out;
    }

    /** {@code result[a][i]}: row i of column-major {@code rows} times w(alphas[a]) (no intercept added). */
    double[][] predict(double[][] rows, double[] alphas) {
        int m = rows[0].length;
        double[][] projected = new double[s.length][m];
        for (int k = 0; k < s.length; k++) {
            for (int j = 0; j < rows.length; j++) {
                double vkj = v[k][j];
                double[] col = rows[j];
                for (int i = 0; i < m; i++) {
                    projected[k][i] += col[i] * vkj;
                }
            }
        }
        double[][] out = new double[alphas.length][m];
        for (int a = 0; a < alphas.length; a++) {
            for (int k = 0; k < s.length; k++) {
                double factor = s[k] / (s[k] * s[k] + alphas[a]) * uty[k];
                for (int i = 0; i < m; i++) {
                    out[a][i] += projected[k][i] * factor;
                }
            }
        }
        return out;
    }
}
