package dev.lathe.model.decomposition;

import dev.lathe.frame.Frame;
import dev.lathe.model.RowMatrix;
import dev.lathe.model.Task;
import dev.lathe.model.UnsupervisedEstimator;
import java.util.Arrays;

/**
 * Incremental PCA (Ross et al. 2008), as scikit-learn's IncrementalPCA: rows are read in batches, and each batch is
 * decomposed together with the previous axes (scaled by their singular values) and a mean correction, so memory
 * grows with the batch, not the data. On all rows in one batch it equals {@link Pca}; on several, the axes are
 * an approximation that is exact when the data have at most {@code n_components} directions of variance.
 *
 * @param nComponents axes kept, from 1 to the features and at most the batch size; null for all features
 * @param batchSize   rows per batch, at least 1; null for 5 x features (scikit-learn's default)
 * @param whiten      whether coordinates are scaled to unit variance (default false)
 */
public record IncrementalPca(Integer nComponents, Integer batchSize, boolean whiten) implements UnsupervisedEstimator {

    public IncrementalPca {
        if (nComponents != null && nComponents < 1) {
            throw new IllegalArgumentException("n_components must be at least 1 or null for all, got " + nComponents);
        }
        if (batchSize != null && batchSize < 1) {
            throw new IllegalArgumentException("batch_size must be at least 1 or null for 5 x features, got "
                    + batchSize);
        }
    }

    /** Every component, batches of 5 x features rows, not whitened. */
    public IncrementalPca() {
        this(null, null, false);
    }

    @Override
    public PcaModel fit(Frame x) {
        RowMatrix m = RowMatrix.of(x);
        int n = m.rows();
        int d = m.cols();
        int k = nComponents == null ? d : nComponents;
        int batch = batchSize == null ? 5 * d : batchSize;
        if (k > d) {
            throw new IllegalArgumentException("n_components " + k + " is more than the " + d + " features");
        }
        if (k > Math.min(batch, n)) {
            throw new IllegalArgumentException("n_components " + k + " is more than the batch of "
                    + Math.min(batch, n) + " rows");
        }
        State s = new State(d);
        int start = 0;
        for (int b = 0; b < n / batch; b++) {
            int end = start + batch;
            if (end + k > n) {
                continue;
            }
            s.add(m.values(), start, end, k);
            start = end;
        }
        if (start < n) {
            s.add(m.values(), start, n, k);
        }
        return new PcaModel(s.mean, s.components, s.variance, s.ratio, s.singular, whiten);
    }

    /** The running mean, variance and axes after the batches read so far. */
    private static final class State {
        final int d;
        long seen;
        double[] mean;
        double[] var;
        double[][] components;
        double[] singular;
        double[] variance;
        double[] ratio;

        State(int d) {
            this.d = d;
            mean = new double[d];
            var = new double[d];
        }

        void add(double[] v, int from, int to, int k) {
            int b = to - from;
            double[] batchMean = new double[d];
            for (int i = from; i < to; i++) {
                for (int j = 0; j < d; j++) {
                    batchMean[j] += v[i * d + j];
                }
            }
            for (int j = 0; j < d; j++) {
                batchMean[j] /= b;
            }
            long total = seen + b;
            double[] newMean = new double[d];
            double[] newVar = new double[d];
            for (int j = 0; j < d; j++) {
                double ss = 0;
                for (int i = from; i < to; i++) {
                    double t = v[i * d + j] - batchMean[j];
                    ss += t * t;
                }
                double delta = mean[j] - batchMean[j];
                newMean[j] = (mean[j] * seen + batchMean[j] * b) / total;
                newVar[j] = (var[j] * seen + ss + delta * delta * seen * (double) b / total) / total;
            }
            int prior = components == null ? 0 : components.length;
            int rows = prior + b + (seen == 0 ? 0 : 1);
            double[] stacked = new double[rows * d];
            for (int c = 0; c < prior; c++) {
                for (int j = 0; j < d; j++) {
                    stacked[c * d + j] = singular[c] * components[c][j];
                }
            }
            for (int i = from; i < to; i++) {
                for (int j = 0; j < d; j++) {
                    stacked[(prior + i - from) * d + j] = v[i * d + j] - (seen == 0 ? newMean[j] : batchMean[j]);
                }
            }
            if (seen > 0) {
                double scale = Math.sqrt((seen / (double) total) * b);
                for (int j = 0; j < d; j++) {
                    stacked[(rows - 1) * d + j] = scale * (mean[j] - batchMean[j]);
                }
            }
            Svd svd = Svd.of(stacked, rows, d, false);
            double totalVar = 0;
            for (int j = 0; j < d; j++) {
                totalVar += newVar[j] * total;
            }
            components = Arrays.copyOf(svd.vt(), k);
            singular = Arrays.copyOf(svd.singularValues(), k);
            variance = new double[k];
            ratio = new double[k];
            for (int c = 0; c < k; c++) {
                double s2 = singular[c] * singular[c];
                variance[c] = s2 / (total - 1);
                ratio[c] = s2 / totalVar;
            }
            mean = newMean;
            var = newVar;
            seen = total;
        }
    }

    @Override
    public Task task() {
        return Task.DECOMPOSITION;
    }
}
