package dev.lathe.model.cluster;

import dev.lathe.frame.Frame;
import dev.lathe.model.RowMatrix;
import dev.lathe.model.UnsupervisedEstimator;
import dev.lathe.model.Task;
import dev.lathe.param.Check;
import java.util.SplittableRandom;

/**
 * k-means clustering, as scikit-learn's KMeans: {@code n_init} runs from seeded starting centres, each iterated
 * by Lloyd's or Elkan's algorithm; the run with the lowest inertia (sum of squared distances to the centres) is
 * kept. Features are used as given: scale them first when their units differ.
 *
 * @param nClusters   number of clusters k, at least 1 and at most the rows (default 8)
 * @param init        {@code k_means_plus_plus} (default) or {@code random}
 * @param nInit       number of runs from different starts, at least 1 (default 1, scikit-learn's {@code auto}
 *                    for k-means++)
 * @param maxIter     most iterations per run, at least 1 (default 300)
 * @param tol         stop when the centres' summed squared shift is at most {@code tol} times the mean feature
 *                    variance, at least 0 (default 1e-4); runs also stop when no label changes
 * @param algorithm   {@code lloyd} (default) or {@code elkan}; the same clusters, Elkan skips distances
 * @param randomState seed of the starts; run r uses the r-th draw from it
 */
public record KMeans(int nClusters, Init init, int nInit, int maxIter, double tol, Algorithm algorithm,
                     long randomState) implements UnsupervisedEstimator {

    public KMeans {
        Check.atLeast("n_clusters", nClusters, 1);
        Check.atLeast("n_init", nInit, 1);
        Check.atLeast("max_iter", maxIter, 1);
        Check.nonNegative("tol", tol);
        if (init == null || algorithm == null) {
            throw new IllegalArgumentException("init and algorithm must be given");
        }
    }

    /** Eight clusters, k-means++, one run, Lloyd, seed 0. */
    public KMeans() {
        this(8, Init.K_MEANS_PLUS_PLUS, 1, 300, 1e-4, Algorithm.LLOYD, 0);
    }

    /** A copy with {@code k} clusters. */
    public KMeans withClusters(int k) {
        return new KMeans(k, init, nInit, maxIter, tol, algorithm, randomState);
    }

    @Override
    public KMeansModel fit(Frame x) {
        RowMatrix m = RowMatrix.of(x);
        checkRows(m);
        SplittableRandom seeds = new SplittableRandom(randomState);
        double scaledTol = tol * meanVariance(m);
        Run best = null;
        for (int r = 0; r < nInit; r++) {
            double[] start = Seeding.centres(m, nClusters, init, new SplittableRandom(seeds.nextLong()));
            Run run = iterate(m, start, scaledTol);
            if (best == null || run.inertia() < best.inertia()) {
                best = run;
            }
        }
        return new KMeansModel(best.centres(), m.cols(), best.labels(), best.inertia(), best.nIter());
    }

    /**
     * One run from the given starting centres (row-major, k x features; k must equal {@code n_clusters}),
     * as scikit-learn's KMeans with {@code init} set to an array.
     */
    public KMeansModel fit(Frame x, double[][] startingCentres) {
        RowMatrix m = RowMatrix.of(x);
        checkRows(m);
        if (startingCentres.length != nClusters) {
            throw new IllegalArgumentException(startingCentres.length + " starting centres for n_clusters "
                    + nClusters);
        }
        double[] start = new double[nClusters * m.cols()];
        for (int c = 0; c < nClusters; c++) {
            if (startingCentres[c].length != m.cols()) {
                throw new IllegalArgumentException("starting centre " + c + " has " + startingCentres[c].length
                        + " values for " + m.cols() + " feature columns");
            }
            System.arraycopy(startingCentres[c], 0, start, c * m.cols(), m.cols());
        }
        Run run = iterate(m, start, tol * meanVariance(m));
        return new KMeansModel(run.centres(), m.cols(), run.labels(), run.inertia(), run.nIter());
    }

    private void checkRows(RowMatrix m) {
        if (m.rows() < nClusters) {
            throw new IllegalArgumentException("n_clusters " + nClusters + " is more than the " + m.rows() + " rows");
        }
    }

    private Run iterate(RowMatrix m, double[] start, double scaledTol) {
        return algorithm == Algorithm.ELKAN ? Elkan.run(m, start, nClusters, maxIter, scaledTol)
                : Lloyd.run(m, start, nClusters, maxIter, scaledTol);
    }

    /** The mean over features of the (population) variance, which scales {@code tol} as in scikit-learn. */
    static double meanVariance(RowMatrix m) {
        int n = m.rows();
        int d = m.cols();
        double[] v = m.values();
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += v[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double ss = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double t = v[i * d + j] - mean[j];
                ss += t * t;
            }
        }
        return ss / n / d;
    }

    @Override
    public Task task() {
        return Task.CLUSTERING;
    }
}
