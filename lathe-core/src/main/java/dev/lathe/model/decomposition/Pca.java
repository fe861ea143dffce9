package dev.lathe.model.decomposition;

import dev.lathe.frame.Frame;
import dev.lathe.model.RowMatrix;
import dev.lathe.model.Task;
import dev.lathe.model.UnsupervisedEstimator;
import java.util.Arrays;

/**
 * Principal component analysis by the full SVD of the centred features (EJML), as scikit-learn's PCA with
 * {@code svd_solver="full"}: axes by decreasing variance, signed by scikit-learn's rule, explained variance with
 * n - 1 in the denominator and its ratio to the total variance.
 *
 * @param nComponents axes kept, from 1 to min(rows, features); null for all (default)
 * @param whiten      whether coordinates are scaled to unit variance (default false)
 */
public record Pca(Integer nComponents, boolean whiten) implements UnsupervisedEstimator {

    public Pca {
        if (nComponents != null && nComponents < 1) {
            throw new IllegalArgumentException("n_components must be at least 1 or null for all, got " + nComponents);
        }
    }

    /** Every component, not whitened. */
    public Pca() {
        this(null, false);
    }

    @Override
    public PcaModel fit(Frame x) {
        RowMatrix m = RowMatrix.of(x);
        int n = m.rows();
        int d = m.cols();
        if (n < 2) {
            throw new IllegalArgumentException("PCA needs at least 2 rows, got " + n);
        }
        int k = nComponents == null ? Math.min(n, d) : nComponents;
        if (k > Math.min(n, d)) {
            throw new IllegalArgumentException("n_components " + k + " is more than min(rows, features) = "
                    + Math.min(n, d));
        }
        double[] mean = new double[d];
        double[] v = m.values();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += v[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[] centred = new double[v.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                centred[i * d + j] = v[i * d + j] - mean[j];
            }
        }
        Svd svd = Svd.of(centred, n, d, true);
        double[] variance = new double[svd.singularValues().length];
        double total = 0;
        for (int c = 0; c < variance.length; c++) {
            variance[c] = svd.singularValues()[c] * svd.singularValues()[c] / (n - 1);
            total += variance[c];
        }
        double[] ratio = new double[k];
        for (int c = 0; c < k; c++) {
            ratio[c] = variance[c] / total;
        }
        return new PcaModel(mean, Arrays.copyOf(svd.vt(), k), Arrays.copyOf(variance, k), ratio,
                Arrays.copyOf(svd.singularValues(), k), whiten);
    }

    @Override
    public Task task() {
        return Task.DECOMPOSITION;
    }
}
