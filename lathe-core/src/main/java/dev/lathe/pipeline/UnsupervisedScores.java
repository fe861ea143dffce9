package dev.lathe.pipeline;

import dev.lathe.eval.ClusteringMetrics;
import dev.lathe.frame.Frame;
import dev.lathe.math.Shuffle;
import dev.lathe.model.ClusterModel;
import dev.lathe.model.Decomposition;
import dev.lathe.model.DensityModel;
import dev.lathe.model.Features;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The training metrics {@code lathe train} reports for an unsupervised model, on the prepared training rows:
 * {@code n_clusters}, {@code noise_share} (rows labelled -1), {@code inertia} (sum of squared distances of the
 * clustered rows to their cluster's mean; for k-means its inertia), {@code silhouette} (scikit-learn's mean
 * silhouette, on a seeded sample of {@value #SILHOUETTE_SAMPLE} rows when there are more; noise rows excluded;
 * only with 2 to n - 1 clusters); for density models {@code log_likelihood}, {@code aic} and {@code bic}; for
 * decompositions {@code n_components} and {@code reconstruction_rmse}.
 */
final class UnsupervisedScores {

    /** Most rows the silhouette is computed on (it costs n squared distances). */
    static final int SILHOUETTE_SAMPLE = 5000;

    private UnsupervisedScores() {
    }

    static Map<String, Double> of(FittedPipeline fitted, Frame data, long seed) {
        Frame x = fitted.transform(data);
        Map<String, Double> m = new LinkedHashMap<>();
        if (fitted.model() instanceof ClusterModel c) {
            int[] labels = c.predict(x);
            double[][] columns = Features.matrix(x);
            m.put("n_clusters", (double) c.nClusters());
            long noise = java.util.Arrays.stream(labels).filter(l -> l < 0).count();
            m.put("noise_share", noise / (double) labels.length);
            m.put("inertia", withinSquares(columns, labels));
            Double s = silhouette(columns, labels, seed);
            if (s != null) {
                m.put("silhouette", s);
            }
        }
        if (fitted.model() instanceof DensityModel d) {
            m.put("log_likelihood", d.logLikelihood(x));
            m.put("aic", d.aic(x));
            m.put("bic", d.bic(x));
        }
        if (fitted.model() instanceof Decomposition d) {
            double[][] columns = Features.matrix(x);
            double[][] back = d.inverseTransform(d.transform(x));
            double ss = 0;
            for (int i = 0; i < back.length; i++) {
                for (int j = 0; j < columns.length; j++) {
                    double t = back[i][j] - columns[j][i];
                    ss += t * t;
                }
            }
            m.put("n_components", (double) d.nComponents());
            m.put("reconstruction_rmse", Math.sqrt(ss / ((double) back.length * columns.length)));
        }
        return m;
    }

    private static double withinSquares(double[][] columns, int[] labels) {
        int k = java.util.Arrays.stream(labels).max().orElse(-1) + 1;
        double total = 0;
        for (double[] col : columns) {
            double[] sum = new double[k];
            long[] n = new long[k];
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] >= 0) {
                    sum[labels[i]] += col[i];
                    n[labels[i]]++;
                }
            }
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] >= 0) {
                    double t = col[i] - sum[labels[i]] / n[labels[i]];
                    total += t * t;
                }
            }
        }
        return total;
    }

    private static Double silhouette(double[][] columns, int[] labels, long seed) {
        int[] rows = java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] >= 0).toArray();
        if (rows.length > SILHOUETTE_SAMPLE) {
            Shuffle.inPlace(rows, new SplittableRandom(seed));
            rows = java.util.Arrays.copyOf(rows, SILHOUETTE_SAMPLE);
            java.util.Arrays.sort(rows);
        }
        int[] l = new int[rows.length];
        double[][] x = new double[rows.length][columns.length];
        for (int r = 0; r < rows.length; r++) {
            l[r] = labels[rows[r]];
            for (int j = 0; j < columns.length; j++) {
                x[r][j] = columns[j][rows[r]];
            }
        }
        long distinct = java.util.Arrays.stream(l).distinct().count();
        if (distinct < 2 || distinct > rows.length - 1) {
            return null;
        }
        return ClusteringMetrics.silhouette(x, l);
    }
}
