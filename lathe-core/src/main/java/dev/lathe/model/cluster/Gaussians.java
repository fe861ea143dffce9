package dev.lathe.model.cluster;

import dev.lathe.model.RowMatrix;
import dev.lathe.parallel.Chunks;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

/**
 * The parameters of a Gaussian mixture and its two EM steps, with scikit-learn's formulas: every covariance
 * type is held as k dense d x d matrices (diagonal ones with zeros off the diagonal, tied ones repeated), each
 * with its precision Cholesky factor P (upper triangular, inverse of the covariance's Cholesky factor,
 * transposed), so that the log-density is -(d ln 2 pi + |(x - mu) P|^2) / 2 + ln det P.
 */
final class Gaussians {

    private static final double LOG_2PI = Math.log(2 * Math.PI);

    final int k;
    final int d;
    final CovarianceType type;
    final double[] weights;
    final double[] means;
    final double[][] covariances;
    final double[][] precisionCholesky;
    final double[] logDet;

    Gaussians(CovarianceType type, double[] weights, double[] means, double[][] covariances) {
        this.type = type;
        this.k = weights.length;
        this.d = means.length / k;
        this.weights = weights;
        this.means = means;
        this.covariances = covariances;
        this.precisionCholesky = new double[k][];
        this.logDet = new double[k];
        for (int c = 0; c < k; c++) {
            precisionCholesky[c] = precisionCholesky(covariances[c], c);
            double s = 0;
            for (int j = 0; j < d; j++) {
                s += Math.log(precisionCholesky[c][j * d + j]);
            }
            logDet[c] = s;
        }
    }

    private double[] precisionCholesky(double[] cov, int component) {
        DMatrixRMaj a = new DMatrixRMaj(d, d, true, cov.clone());
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(d, true);
        if (!chol.decompose(a)) {
            throw new IllegalArgumentException("the covariance of mixture component " + component + " is not positive "
                    + "definite (a component collapsed onto too few or duplicate rows); increase reg_covar or use "
                    + "fewer components");
        }
        DMatrixRMaj lower = chol.getT(null);
        DMatrixRMaj inv = new DMatrixRMaj(d, d);
        CommonOps_DDRM.invert(lower, inv);
        DMatrixRMaj out = new DMatrixRMaj(d, d);
        CommonOps_DDRM.transpose(inv, out);
        return out.data;
    }

    /** Per-row log-density of each component plus the log-weight, {@code n x k}, computed in row chunks. */
    double[] weightedLogProb(RowMatrix x) {
        int n = x.rows();
        double[] out = new double[n * k];
        Chunks.run(RowChunks.count(n), ch -> {
            double[] diff = new double[d];
            double[] v = x.values();
            for (int i = RowChunks.start(ch), end = RowChunks.end(ch, n); i < end; i++) {
                for (int c = 0; c < k; c++) {
                    double[] p = precisionCholesky[c];
                    for (int j = 0; j < d; j++) {
                        diff[j] = v[i * d + j] - means[c * d + j];
                    }
                    double sq = 0;
                    for (int j = 0; j < d; j++) {
                        double y = 0;
                        for (int l = 0; l <= j; l++) {
                            y += diff[l] * p[l * d + j];
                        }
                        sq += y * y;
                    }
                    out[i * k + c] = -0.5 * (d * LOG_2PI + sq) + logDet[c] + Math.log(weights[c]);
                }
            }
        });
        return out;
    }

    /**
     * The E-step: turns {@code weighted} (from {@link #weightedLogProb}) into log-responsibilities in place and
     * returns each row's log-density (log-sum-exp over components).
     */
    double[] normalise(double[] weighted, int n) {
        double[] norm = new double[n];
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                max = Math.max(max, weighted[i * k + c]);
            }
            double s = 0;
            for (int c = 0; c < k; c++) {
                s += Math.exp(weighted[i * k + c] - max);
            }
            norm[i] = max + Math.log(s);
            for (int c = 0; c < k; c++) {
                weighted[i * k + c] -= norm[i];
            }
        }
        return norm;
    }

    /** The M-step: parameters from responsibilities {@code resp} ({@code n x k}), as scikit-learn estimates them. */
    static Gaussians estimate(RowMatrix x, double[] resp, int k, CovarianceType type, double regCovar) {
        int n = x.rows();
        int d = x.cols();
        double[] v = x.values();
        double[] nk = new double[k];
        double[] means = new double[k * d];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                double r = resp[i * k + c];
                nk[c] += r;
                for (int j = 0; j < d; j++) {
                    means[c * d + j] += r * v[i * d + j];
                }
            }
        }
        for (int c = 0; c < k; c++) {
            nk[c] += 10 * Math.ulp(1.0);
            for (int j = 0; j < d; j++) {
                means[c * d + j] /= nk[c];
            }
        }
        double[][] cov = switch (type) {
            case FULL -> full(v, n, d, resp, nk, means, regCovar);
            case TIED -> tied(v, n, d, nk, means, regCovar);
            case DIAG, SPHERICAL -> diagonal(v, n, d, resp, nk, means, regCovar, type == CovarianceType.SPHERICAL);
        };
        double total = 0;
        for (double t : nk) {
            total += t;
        }
        double[] weights = new double[k];
        for (int c = 0; c < k; c++) {
            weights[c] = nk[c] / total;
        }
        return new Gaussians(type, weights, means, cov);
    }

    private static double[][] full(double[] v, int n, int d, double[] resp, double[] nk, double[] means, double reg) {
        int k = nk.length;
        double[][] cov = new double[k][d * d];
        double[] diff = new double[d];
        for (int c = 0; c < k; c++) {
            double[] m = cov[c];
            for (int i = 0; i < n; i++) {
                double r = resp[i * k + c];
                for (int j = 0; j < d; j++) {
                    diff[j] = v[i * d + j] - means[c * d + j];
                }
                for (int a = 0; a < d; a++) {
                    double ra = r * diff[a];
                    for (int b = 0; b < d; b++) {
                        m[a * d + b] += ra * diff[b];
                    }
                }
            }
            for (int t = 0; t < d * d; t++) {
                m[t] /= nk[c];
            }
            for (int j = 0; j < d; j++) {
                m[j * d + j] += reg;
            }
        }
        return cov;
    }

    private static double[][] tied(double[] v, int n, int d, double[] nk, double[] means, double reg) {
        int k = nk.length;
        double[] m = new double[d * d];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    m[a * d + b] += v[i * d + a] * v[i * d + b];
                }
            }
        }
        double total = 0;
        for (int c = 0; c < k; c++) {
            total += nk[c];
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    m[a * d + b] -= nk[c] * means[c * d + a] * means[c * d + b];
                }
            }
        }
        for (int t = 0; t < d * d; t++) {
            m[t] /= total;
        }
        for (int j = 0; j < d; j++) {
            m[j * d + j] += reg;
        }
        double[][] cov = new double[k][];
        for (int c = 0; c < k; c++) {
            cov[c] = m.clone();
        }
        return cov;
    }

    private static double[][] diagonal(double[] v, int n, int d, double[] resp, double[] nk, double[] means,
                                       double reg, boolean spherical) {
        int k = nk.length;
        double[][] cov = new double[k][d * d];
        for (int c = 0; c < k; c++) {
            double[] sq = new double[d];
            double[] lin = new double[d];
            for (int i = 0; i < n; i++) {
                double r = resp[i * k + c];
                for (int j = 0; j < d; j++) {
                    double x = v[i * d + j];
                    sq[j] += r * x * x;
                    lin[j] += r * x;
                }
            }
            double[] var = new double[d];
            double mean = 0;
            for (int j = 0; j < d; j++) {
                double mu = means[c * d + j];
                var[j] = sq[j] / nk[c] - 2 * mu * (lin[j] / nk[c]) + mu * mu + reg;
                mean += var[j];
            }
            for (int j = 0; j < d; j++) {
                cov[c][j * d + j] = spherical ? mean / d : var[j];
            }
        }
        return cov;
    }

    /** The number of free parameters: covariances, means and k - 1 weights. */
    int parameterCount() {
        return type.parameters(k, d) + k * d + k - 1;
    }
}
