package dev.lathe.model.linear;

import dev.lathe.math.LeastSquares;
import dev.lathe.math.Moments;
import dev.lathe.math.Quantiles;
import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The covariance of quantile regression coefficients as statsmodels' {@code QuantReg.fit} estimates it by
 * default (kernel {@code epa}, bandwidth {@code hsheather}): the sparsity s = 1 / f(0), f the density of the
 * residuals at zero, from an Epanechnikov kernel whose bandwidth is the Hall and Sheather (1988) width in
 * probability, mapped to the residual scale through the normal quantile function as Stata does.
 */
final class QuantileCovariance {

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);
    /** Level of the Hall-Sheather bandwidth (statsmodels and quantreg use 0.05). */
    private static final double ALPHA = 0.05;

    private QuantileCovariance() {
    }

    /**
     * The kernel estimate and the covariance matrix.
     *
     * @param bandwidth  kernel bandwidth on the residual scale
     * @param sparsity   1 / estimated density of the residuals at zero
     * @param covariance p x p covariance of the coefficients
     */
    record Estimate(double bandwidth, double sparsity, double[][] covariance) {
    }

    /**
     * Estimates the covariance from the design (column-major), the residuals (exact zeros where the fit
     * interpolates) and the target.
     *
     * @throws IllegalArgumentException when the bandwidth reaches outside (0, 1) or the residual spread is 0
     */
    static Estimate estimate(double[][] design, double[] residual, double[] y, double q,
                             QuantileSummary.Covariance kind) {
        int n = y.length;
        double h = hallSheather(n, q);
        if (!(q - h > 0 && q + h < 1)) {
            throw new IllegalArgumentException("standard errors at quantile " + q + " need more rows: for " + n
                    + " rows the Hall-Sheather bandwidth is " + h + ", which reaches outside (0, 1)");
        }
        double[] sorted = residual.clone();
        Arrays.sort(sorted);
        double iqr = Quantiles.ofSorted(sorted, n, 0.75) - Quantiles.ofSorted(sorted, n, 0.25);
        Moments m = Moments.of(y);
        double sd = Math.sqrt(m.variance() * (n - 1) / n);
        double spread = Math.min(sd, iqr / 1.34);
        if (!(spread > 0)) {
            throw new IllegalArgumentException("standard errors need residuals that vary: the target is constant or"
                    + " the fit passes through half the rows or more (residual interquartile range " + iqr + ")");
        }
        double bandwidth = spread * (NORMAL.inverseCumulativeProbability(q + h)
                - NORMAL.inverseCumulativeProbability(q - h));
        double density = 0;
        for (double e : residual) {
            double u = e / bandwidth;
            density += Math.abs(u) <= 1 ? 0.75 * (1 - u * u) : 0;
        }
        double sparsity = n * bandwidth / density;
        DMatrixRMaj inverseGram = new DMatrixRMaj(LeastSquares.of(design).inverseGram());
        DMatrixRMaj v = new DMatrixRMaj(design.length, design.length);
        if (kind == QuantileSummary.Covariance.IID) {
            CommonOps_DDRM.scale(sparsity * sparsity * q * (1 - q), inverseGram, v);
        } else {
            DMatrixRMaj weighted = new DMatrixRMaj(n, design.length);
            for (int i = 0; i < n; i++) {
                double w = (residual[i] > 0 ? q : 1 - q) * sparsity;
                for (int j = 0; j < design.length; j++) {
                    weighted.unsafe_set(i, j, w * design[j][i]);
                }
            }
            DMatrixRMaj meat = new DMatrixRMaj(design.length, design.length);
            CommonOps_DDRM.multInner(weighted, meat);
            DMatrixRMaj left = new DMatrixRMaj(design.length, design.length);
            CommonOps_DDRM.mult(inverseGram, meat, left);
            CommonOps_DDRM.mult(left, inverseGram, v);
        }
        double[][] out = new double[design.length][design.length];
        for (int a = 0; a < design.length; a++) {
            for (int b = 0; b < design.length; b++) {
                out[a][b] = v.get(a, b);
            }
        }
        return new Estimate(bandwidth, sparsity, out);
    }

    /** Hall and Sheather's (1988) bandwidth in probability for n rows at quantile q, as statsmodels computes it. */
    static double hallSheather(int n, double q) {
        double z = NORMAL.inverseCumulativeProbability(q);
        double phi = NORMAL.density(z);
        return Math.pow(n, -1.0 / 3) * Math.pow(NORMAL.inverseCumulativeProbability(1 - ALPHA / 2), 2.0 / 3)
                * Math.cbrt(1.5 * phi * phi / (2 * z * z + 1));
    }
}
