package dev.lathe.model.cluster;

import dev.lathe.frame.Frame;
import dev.lathe.model.RowMatrix;
import dev.lathe.model.Task;
import dev.lathe.model.UnsupervisedEstimator;
import dev.lathe.param.Check;
import java.util.SplittableRandom;

/**
 * Mini-batch k-means (Sculley 2010) for data too large for full k-means passes: starting centres by k-means++ on a
 * seeded sample of {@code 3 x batch_size} rows, then steps that each draw {@code batch_size} rows, assign them to
 * their nearest centre and move every centre towards its batch rows with a step of 1 / (rows it has seen). Stops
 * after {@code max_iter} passes' worth of steps, or when the smoothed batch inertia has not improved for
 * {@code max_no_improvement} steps. Labels and inertia are then computed on all rows. Unlike scikit-learn it does
 * not reassign rarely used centres.
 *
 * @param nClusters        number of clusters k, at least 1 and at most the rows (default 8)
 * @param batchSize        rows per step, at least 1 (default 1024)
 * @param maxIter          most passes over the data (in steps of batch_size rows), at least 1 (default 100)
 * @param maxNoImprovement steps without improvement of the smoothed batch inertia before stopping, at least 1
 *                         (default 10)
 * @param randomState      seed of the start and the batches
 */
public record MiniBatchKMeans(int nClusters, int batchSize, int maxIter, int maxNoImprovement, long randomState)
        implements UnsupervisedEstimator {

    public MiniBatchKMeans {
        Check.atLeast("n_clusters", nClusters, 1);
        Check.atLeast("batch_size", batchSize, 1);
        Check.atLeast("max_iter", maxIter, 1);
        Check.atLeast("max_no_improvement", maxNoImprovement, 1);
    }

    /** Eight clusters, batches of 1024, 100 passes at most, seed 0. */
    public MiniBatchKMeans() {
        this(8, 1024, 100, 10, 0);
    }

    @Override
    public KMeansModel fit(Frame x) {
        RowMatrix m = RowMatrix.of(x);
        int n = m.rows();
        int d = m.cols();
        int k = nClusters;
        if (n < k) {
            throw new IllegalArgumentException("n_clusters " + k + " is more than the " + n + " rows");
        }
        SplittableRandom random = new SplittableRandom(randomState);
        int initSize = Math.max(k, Math.min(n, 3 * batchSize));
        int[] sample = new int[initSize];
        for (int t = 0; t < initSize; t++) {
            sample[t] = initSize == n ? t : random.nextInt(n);
        }
        RowMatrix initRows = new RowMatrix(Seeding.rows(m, sample), initSize, d);
        double[] centres = Seeding.plusPlus(initRows, k, random);
        double[] seen = new double[k];
        int batch = Math.min(batchSize, n);
        long steps = Math.max(1, (long) maxIter * n / batch);
        double[] dist = new double[n];
        double smoothed = Double.NaN;
        double best = Double.POSITIVE_INFINITY;
        int sinceBest = 0;
        double alpha = Math.min(1, 2.0 * batch / (n + 1));
        int step = 0;
        for (; step < steps && sinceBest < maxNoImprovement; step++) {
            double[] sums = new double[k * d];
            int[] counts = new int[k];
            double inertia = 0;
            for (int b = 0; b < batch; b++) {
                int i = random.nextInt(n);
                int c = Centres.nearest(m, i, centres, k, dist);
                inertia += dist[i];
                counts[c]++;
                for (int j = 0; j < d; j++) {
                    sums[c * d + j] += m.values()[i * d + j];
                }
            }
            for (int c = 0; c < k; c++) {
                if (counts[c] == 0) {
                    continue;
                }
                double total = seen[c] + counts[c];
                for (int j = 0; j < d; j++) {
                    centres[c * d + j] = (centres[c * d + j] * seen[c] + sums[c * d + j]) / total;
                }
                seen[c] = total;
            }
            double mean = inertia / batch;
            smoothed = Double.isNaN(smoothed) ? mean : smoothed * (1 - alpha) + mean * alpha;
            if (smoothed < best) {
                best = smoothed;
                sinceBest = 0;
            } else {
                sinceBest++;
            }
        }
        int[] labels = new int[n];
        Centres.assign(m, centres, k, labels, new double[n]);
        return new KMeansModel(centres, d, labels, Centres.inertia(m, centres, labels), step);
    }

    @Override
    public Task task() {
        return Task.CLUSTERING;
    }
}
