package dev.lathe.model.linear;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.Task;
import java.util.List;

/**
 * {@link Lasso} with alpha chosen by k-fold cross-validation over a path of alphas, as scikit-learn's LassoCV:
 * the {@link ElasticNetCV} with the single l1_ratio 1 (see there for the procedure).
 *
 * @param alphas       candidate alphas, each finite and at least 0; empty (default) for the automatic grid
 * @param nAlphas      length of the automatic grid, at least 1 (default 100)
 * @param eps          the automatic grid's smallest alpha as a share of alpha_max, greater than 0 (default 1e-3)
 * @param fitIntercept whether to fit the intercept (default true)
 * @param maxIter      the most coordinate descent sweeps per fit, at least 1 (default 1000)
 * @param tol          duality-gap tolerance of each fit, relative to y'y / n, at least 0 (default 1e-4)
 * @param cv           number of folds, at least 2 (default 5)
 * @param shuffle      shuffle rows before cutting folds (default true); false gives scikit-learn's folds
 * @param seed         the shuffle's seed (default 0)
 */
public record LassoCV(List<Double> alphas, int nAlphas, double eps, boolean fitIntercept, int maxIter, double tol,
                      int cv, boolean shuffle, long seed) implements Estimator {

    public LassoCV {
        alphas = List.copyOf(alphas == null ? List.of() : alphas);
        new ElasticNetCV(List.of(1.0), alphas, nAlphas, eps, fitIntercept, maxIter, tol, cv, shuffle, seed); // checks
    }

    /** 100 automatic alphas down to 1e-3 alpha_max, intercept, 1000 sweeps, tol 1e-4, 5 shuffled folds. */
    public LassoCV() {
        this(List.of(), 100, 1e-3, true, 1000, 1e-4, 5, true, 0);
    }

    /** The same search as an elastic net with the single l1_ratio 1. */
    public ElasticNetCV asElasticNetCV() {
        return new ElasticNetCV(List.of(1.0), alphas, nAlphas, eps, fitIntercept, maxIter, tol, cv, shuffle, seed);
    }

    @Override
    public ElasticNetCVModel fit(Frame x, Column y) {
        return asElasticNetCV().fit(x, y);
    }

    @Override
    public Task task() {
        return Task.REGRESSION;
    }
}
