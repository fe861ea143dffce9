package dev.lathe.model.linear;

import dev.lathe.loss.Penalty;
import java.util.Arrays;

/**
 * Elastic-net fits along a decreasing sequence of alphas, each warm-started from the previous solution, and
 * scikit-learn's automatic grid of alphas (as {@code enet_path} and {@code _alpha_grid}).
 */
final class ElasticNetPath {

    /** scikit-learn's floor for alpha_max ({@code np.finfo(float).resolution}). */
    private static final double RESOLUTION = 1e-15;

    private ElasticNetPath() {
    }

    /**
     * The coefficients at each alpha.
     *
     * @param coefs        {@code coefs[a]} the coefficients at {@code alphas[a]}
     * @param notConverged how many of the fits stopped at {@code max_iter} before reaching the tolerance
     */
    record Result(double[][] coefs, int notConverged) {
    }

    /** Fits {@code alphas} in the order given (largest first for useful warm starts) on a prepared design. */
    static Result fit(double[][] x, double[] y, double l1Ratio, double[] alphas, int maxIter, double tol) {
        double[] w = new double[x.length];
        double[][] coefs = new double[alphas.length][];
        int notConverged = 0;
        for (int a = 0; a < alphas.length; a++) {
            CoordinateDescent.Result r = CoordinateDescent.minimise(x, y, new Penalty(alphas[a], l1Ratio), w, maxIter,
                    tol);
            coefs[a] = w.clone();
            if (!r.converged()) {
                notConverged++;
            }
        }
        return new Result(coefs, notConverged);
    }

    /**
     * {@code nAlphas} alphas from alpha_max = max_j |x_j'y| / (n l1_ratio), the smallest alpha with all
     * coefficients 0, down to eps * alpha_max, evenly spaced in log10, largest first. When alpha_max is at most
     * 1e-15 (a constant target) every alpha is 1e-15, as in scikit-learn.
     *
     * @param x prepared (centred) design; @param y prepared target; @param l1Ratio in (0, 1]
     */
    static double[] alphaGrid(double[][] x, double[] y, double l1Ratio, double eps, int nAlphas) {
        double largest = 0;
        for (double[] column : x) {
            double s = 0;
            for (int i = 0; i < y.length; i++) {
                s += column[i] * y[i];
            }
            largest = Math.max(largest, Math.abs(s));
        }
        double alphaMax = largest / (y.length * l1Ratio);
        double[] out = new double[nAlphas];
        if (alphaMax <= RESOLUTION) {
            Arrays.fill(out, RESOLUTION);
            return out;
        }
        double start = Math.log10(alphaMax * eps);
        double stop = Math.log10(alphaMax);
        double step = nAlphas > 1 ? (stop - start) / (nAlphas - 1) : 0;
        for (int i = 0; i < nAlphas; i++) {
            double exponent = nAlphas > 1 && i == nAlphas - 1 ? stop : start + i * step;
            out[nAlphas - 1 - i] = Math.pow(10, exponent);
        }
        return out;
    }
}
