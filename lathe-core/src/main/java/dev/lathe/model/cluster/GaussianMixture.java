package dev.lathe.model.cluster;

import dev.lathe.frame.Frame;
import dev.lathe.model.RowMatrix;
import dev.lathe.model.Task;
import dev.lathe.model.UnsupervisedEstimator;
import dev.lathe.param.Check;
import java.util.SplittableRandom;

/**
 * A Gaussian mixture fitted by expectation-maximisation, as scikit-learn's GaussianMixture: from initial
 * responsibilities, M-step and E-step alternate until the mean log-likelihood per row changes by less than
 * {@code tol}; of {@code n_init} runs the one with the highest final bound is kept. Choose the number of
 * components by the fitted model's {@code bic} or {@code aic} (lower is better).
 *
 * @param nComponents     number of components, at least 1 and at most the rows (default 1)
 * @param covarianceType  {@code full} (default), {@code tied}, {@code diag} or {@code spherical}
 * @param tol             convergence threshold on the change of the mean log-likelihood, at least 0 (default 1e-3)
 * @param regCovar        added to every covariance diagonal so that it stays positive definite, at least 0
 *                        (default 1e-6)
 * @param maxIter         most EM iterations per run, at least 1 (default 100)
 * @param nInit           number of runs, at least 1 (default 1)
 * @param initParams      {@code kmeans} (default: hard responsibilities of a seeded k-means) or {@code random}
 * @param randomState     seed of the initialisations; run r uses the r-th draw from it
 */
public record GaussianMixture(int nComponents, CovarianceType covarianceType, double tol, double regCovar,
                              int maxIter, int nInit, MixtureInit initParams, long randomState)
        implements UnsupervisedEstimator {

    public GaussianMixture {
        Check.atLeast("n_components", nComponents, 1);
        Check.nonNegative("tol", tol);
        Check.nonNegative("reg_covar", regCovar);
        Check.atLeast("max_iter", maxIter, 1);
        Check.atLeast("n_init", nInit, 1);
        if (covarianceType == null || initParams == null) {
            throw new IllegalArgumentException("covariance_type and init_params must be given");
        }
    }

    /** One full-covariance component, k-means initialisation, seed 0. */
    public GaussianMixture() {
        this(1, CovarianceType.FULL, 1e-3, 1e-6, 100, 1, MixtureInit.KMEANS, 0);
    }

    /** A copy with {@code k} components. */
    public GaussianMixture withComponents(int k) {
        return new GaussianMixture(k, covarianceType, tol, regCovar, maxIter, nInit, initParams, randomState);
    }

    @Override
    public GaussianMixtureModel fit(Frame x) {
        RowMatrix m = rows(x);
        SplittableRandom seeds = new SplittableRandom(randomState);
        GaussianMixtureModel best = null;
        for (int r = 0; r < nInit; r++) {
            long seed = seeds.nextLong();
            double[] resp = initParams == MixtureInit.KMEANS ? hard(kmeansLabels(x, seed), m.rows())
                    : random(m.rows(), new SplittableRandom(seed));
            GaussianMixtureModel run = em(m, resp);
            if (best == null || run.lowerBound() > best.lowerBound()) {
                best = run;
            }
        }
        return best;
    }

    /**
     * One EM run from hard initial labels (row i starts wholly in component {@code labels[i]}, 0 to
     * n_components - 1): scikit-learn's result when given the weights, means and precisions one M-step makes
     * of those labels.
     */
    public GaussianMixtureModel fit(Frame x, int[] initialLabels) {
        RowMatrix m = rows(x);
        if (initialLabels.length != m.rows()) {
            throw new IllegalArgumentException(initialLabels.length + " initial labels for " + m.rows() + " rows");
        }
        for (int i = 0; i < initialLabels.length; i++) {
            if (initialLabels[i] < 0 || initialLabels[i] >= nComponents) {
                throw new IllegalArgumentException("initial label of row " + (i + 1) + " is " + initialLabels[i]
                        + "; expected 0 to " + (nComponents - 1));
            }
        }
        return em(m, hard(initialLabels, m.rows()));
    }

    private RowMatrix rows(Frame x) {
        RowMatrix m = RowMatrix.of(x);
        if (m.rows() < nComponents) {
            throw new IllegalArgumentException("n_components " + nComponents + " is more than the " + m.rows()
                    + " rows");
        }
        return m;
    }

    private int[] kmeansLabels(Frame x, long seed) {
        return new KMeans(nComponents, Init.K_MEANS_PLUS_PLUS, 1, 300, 1e-4, Algorithm.LLOYD, seed).fit(x).labels();
    }

    private double[] hard(int[] labels, int n) {
        double[] resp = new double[n * nComponents];
        for (int i = 0; i < n; i++) {
            resp[i * nComponents + labels[i]] = 1;
        }
        return resp;
    }

    private double[] random(int n, SplittableRandom random) {
        double[] resp = new double[n * nComponents];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int c = 0; c < nComponents; c++) {
                resp[i * nComponents + c] = random.nextDouble();
                s += resp[i * nComponents + c];
            }
            for (int c = 0; c < nComponents; c++) {
                resp[i * nComponents + c] /= s;
            }
        }
        return resp;
    }

    private GaussianMixtureModel em(RowMatrix x, double[] resp) {
        int n = x.rows();
        Gaussians g = Gaussians.estimate(x, resp, nComponents, covarianceType, regCovar);
        double lower = Double.NEGATIVE_INFINITY;
        boolean converged = false;
        int iter = 0;
        while (iter < maxIter) {
            iter++;
            double previous = lower;
            double[] logResp = g.weightedLogProb(x);
            double[] norm = g.normalise(logResp, n);
            double s = 0;
            for (double v : norm) {
                s += v;
            }
            lower = s / n;
            for (int t = 0; t < logResp.length; t++) {
                logResp[t] = Math.exp(logResp[t]);
            }
            g = Gaussians.estimate(x, logResp, nComponents, covarianceType, regCovar);
            if (Math.abs(lower - previous) < tol) {
                converged = true;
                break;
            }
        }
        double[] last = g.weightedLogProb(x);
        g.normalise(last, n);
        return new GaussianMixtureModel(g, GaussianMixtureModel.argmax(last, n, nComponents), lower, iter, converged);
    }

    @Override
    public Task task() {
        return Task.CLUSTERING;
    }
}
