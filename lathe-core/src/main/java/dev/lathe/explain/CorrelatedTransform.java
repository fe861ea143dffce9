package dev.lathe.explain;

import dev.lathe.math.Shuffle;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The matrix T of correlated Linear SHAP: for a linear function with coefficients beta and features with mean
 * mu and covariance Sigma, the game {@code v(S) = beta' E[x | x_S]} with Gaussian conditional expectations is
 * {@code v(S) = beta' mu + r_S (x - mu)}, where the row {@code r_S} is zero outside S and
 * {@code beta_S + Sigma_SS^+ Sigma_S,rest beta_rest} on S. Feature i's Shapley value is therefore
 * {@code T_i (x - mu)} with {@code T_i} the Shapley-weighted sum of {@code r_(S+i) - r_S}. T is exact (every
 * subset) for up to {@value #EXACT_FEATURES} features, else averaged over antithetic pairs of random
 * permutations; in both cases the rows of T sum to beta, so additivity is exact. A singular Sigma_SS is
 * inverted by its pseudo-inverse.
 */
final class CorrelatedTransform {

    /** Up to this many features every subset is enumerated. */
    static final int EXACT_FEATURES = 10;

    private CorrelatedTransform() {
    }

    static double[][] of(double[] beta, double[][] cov, int permutations, long seed) {
        int p = beta.length;
        double[][] t = new double[p][p];
        if (p <= EXACT_FEATURES) {
            double[][] r = new double[1 << p][];
            for (int s = 0; s < r.length; s++) {
                r[s] = row(beta, cov, s);
            }
            double[] fact = new double[p + 1];
            fact[0] = 1;
            for (int i = 1; i <= p; i++) {
                fact[i] = fact[i - 1] * i;
            }
            for (int s = 0; s < r.length; s++) {
                int size = Integer.bitCount(s);
                for (int i = 0; i < p; i++) {
                    if ((s & (1 << i)) == 0) {
                        double w = fact[size] * fact[p - size - 1] / fact[p];
                        for (int c = 0; c < p; c++) {
                            t[i][c] += w * (r[s | (1 << i)][c] - r[s][c]);
                        }
                    }
                }
            }
            return t;
        }
        if (permutations < 1) {
            throw new IllegalArgumentException("correlated Linear SHAP with " + p + " features samples permutations; "
                    + "give at least 1 permutation pair, got " + permutations);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = new int[p];
        for (int i = 0; i < p; i++) {
            order[i] = i;
        }
        boolean[] in = new boolean[p];
        for (int draw = 0; draw < permutations; draw++) {
            Shuffle.inPlace(order, random);
            for (int direction = 0; direction < 2; direction++) {
                java.util.Arrays.fill(in, false);
                double[] previous = new double[p];
                for (int step = 0; step < p; step++) {
                    int i = order[direction == 0 ? step : p - 1 - step];
                    in[i] = true;
                    double[] next = row(beta, cov, in);
                    for (int c = 0; c < p; c++) {
                        t[i][c] += (next[c] - previous[c]) / (2.0 * permutations);
                    }
                    previous = next;
                }
            }
        }
        return t;
    }

    private static double[] row(double[] beta, double[][] cov, int subset) {
        boolean[] in = new boolean[beta.length];
        for (int i = 0; i < in.length; i++) {
            in[i] = (subset & (1 << i)) != 0;
        }
        return row(beta, cov, in);
    }

    /** r_S: zero outside S, beta_S + Sigma_SS^+ Sigma_S,rest beta_rest on S. */
    private static double[] row(double[] beta, double[][] cov, boolean[] in) {
        int p = beta.length;
        int[] s = new int[p];
        int m = 0;
        for (int i = 0; i < p; i++) {
            if (in[i]) {
                s[m++] = i;
            }
        }
        double[] out = new double[p];
        if (m == 0) {
            return out;
        }
        DMatrixRMaj sigma = new DMatrixRMaj(m, m);
        DMatrixRMaj rhs = new DMatrixRMaj(m, 1);
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                sigma.set(a, b, cov[s[a]][s[b]]);
            }
            double v = 0;
            for (int c = 0; c < p; c++) {
                if (!in[c]) {
                    v += cov[s[a]][c] * beta[c];
                }
            }
            rhs.set(a, 0, v);
        }
        DMatrixRMaj inverse = new DMatrixRMaj(m, m);
        CommonOps_DDRM.pinv(sigma, inverse);
        DMatrixRMaj u = new DMatrixRMaj(m, 1);
        CommonOps_DDRM.mult(inverse, rhs, u);
        for (int a = 0; a < m; a++) {
            out[s[a]] = beta[s[a]] + u.get(a, 0);
        }
        return out;
    }
}
