package dev.lathe.model.linear;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.Features;
import dev.lathe.model.Task;
import dev.lathe.param.Check;
import dev.lathe.prep.split.Fold;
import dev.lathe.prep.split.KFold;
import java.util.List;

/**
 * {@link ElasticNet} with alpha and l1_ratio chosen by k-fold cross-validation, as scikit-learn's ElasticNetCV:
 * for each l1_ratio, a path of alphas (scikit-learn's automatic grid from the whole training set unless alphas
 * are given) is fitted on each fold's training rows with warm starts, scored by mean squared error on the
 * fold's other rows; the pair with the lowest mean over folds wins (the first l1_ratio, then the largest
 * alpha, on ties) and is refitted on all rows.
 *
 * @param l1Ratio      candidate L1 shares, each in [0, 1], at least one (default 0.5); 0 needs explicit alphas
 * @param alphas       candidate alphas, each finite and at least 0, tried largest first; empty (default) for
 *                     the automatic grid from alpha_max = max|X'y| / (n l1_ratio) down to eps * alpha_max
 * @param nAlphas      length of the automatic grid, at least 1 (default 100)
 * @param eps          the automatic grid's smallest alpha as a share of alpha_max, greater than 0 (default 1e-3)
 * @param fitIntercept whether to fit the intercept (default true)
 * @param maxIter      the most coordinate descent sweeps per fit, at least 1 (default 1000)
 * @param tol          duality-gap tolerance of each fit, relative to y'y / n, at least 0 (default 1e-4)
 * @param cv           number of folds, at least 2 (default 5)
 * @param shuffle      shuffle rows before cutting folds (default true); false gives scikit-learn's
 *                     consecutive folds
 * @param seed         the shuffle's seed (default 0)
 */
public record ElasticNetCV(List<Double> l1Ratio, List<Double> alphas, int nAlphas, double eps, boolean fitIntercept,
                           int maxIter, double tol, int cv, boolean shuffle, long seed) implements Estimator {

    public ElasticNetCV {
        if (l1Ratio == null || l1Ratio.isEmpty()) {
            throw new IllegalArgumentException("l1_ratio must list at least one candidate");
        }
        l1Ratio = List.copyOf(l1Ratio);
        alphas = List.copyOf(alphas == null ? List.of() : alphas);
        for (int l = 0; l < l1Ratio.size(); l++) {
            Check.inRange("l1_ratio[" + l + "]", l1Ratio.get(l), 0, 1);
            if (alphas.isEmpty() && l1Ratio.get(l) == 0) {
                throw new IllegalArgumentException("l1_ratio 0 needs explicit alphas: the automatic grid starts at "
                        + "alpha_max = max|X'y| / (n l1_ratio)");
            }
        }
        for (int a = 0; a < alphas.size(); a++) {
            Check.nonNegative("alphas[" + a + "]", alphas.get(a));
        }
        Check.atLeast("n_alphas", nAlphas, 1);
        Check.positive("eps", eps);
        Check.atLeast("max_iter", maxIter, 1);
        Check.nonNegative("tol", tol);
        Check.atLeast("cv", cv, 2);
    }

    /** l1_ratio 0.5, 100 automatic alphas down to 1e-3 alpha_max, intercept, 1000 sweeps, tol 1e-4, 5 folds. */
    public ElasticNetCV() {
        this(List.of(0.5), List.of(), 100, 1e-3, true, 1000, 1e-4, 5, true, 0);
    }

    @Override
    public ElasticNetCVModel fit(Frame x, Column y) {
        double[][] columns = Features.matrix(x);
        double[] target = Inputs.target(x, y);
        double[] ratios = l1Ratio.stream().mapToDouble(Double::doubleValue).toArray();
        double[][] grids = new double[ratios.length][];
        Centered all = Centered.of(columns, target, null, fitIntercept);
        double[] given = alphas.stream().mapToDouble(Double::doubleValue).map(v -> -v).sorted().map(v -> -v)
                .toArray();
        for (int l = 0; l < ratios.length; l++) {
            grids[l] = alphas.isEmpty() ? ElasticNetPath.alphaGrid(all.x(), all.y(), ratios[l], eps, nAlphas) : given;
        }
        List<Fold> folds = new KFold(cv, shuffle, seed).split(x, y);
        double[][] mse = new double[ratios.length][];
        int notConverged = 0;
        for (int l = 0; l < ratios.length; l++) {
            mse[l] = new double[grids[l].length];
            for (Fold fold : folds) {
                notConverged += addFoldMse(columns, target, fold, ratios[l], grids[l], mse[l], folds.size());
            }
        }
        int bestL = 0;
        int bestA = Argmin.first(mse[0]);
        for (int l = 1; l < ratios.length; l++) {
            int a = Argmin.first(mse[l]);
            if (mse[l][a] < mse[bestL][bestA]) {
                bestL = l;
                bestA = a;
            }
        }
        ElasticNet best = new ElasticNet(grids[bestL][bestA], ratios[bestL], fitIntercept, maxIter, tol);
        ElasticNetModel model = best.fit(x, y);
        return new ElasticNetCVModel(model, ratios, grids, mse, notConverged);
    }

    /**
     * Fits the path on the fold's training rows and adds its test-row MSE divided by the number of folds to
     * {@code mse}; returns how many of the path's fits did not converge.
     */
    private int addFoldMse(double[][] columns, double[] target, Fold fold, double ratio, double[] grid, double[] mse,
                           int folds) {
        Centered train = Centered.of(Rows.take(columns, fold.train()), Rows.take(target, fold.train()), null,
                fitIntercept);
        ElasticNetPath.Result path = ElasticNetPath.fit(train.x(), train.y(), ratio, grid, maxIter, tol);
        int[] test = fold.test();
        for (int a = 0; a < grid.length; a++) {
            double[] w = path.coefs()[a];
            double b = train.intercept(w);
            double sum = 0;
            for (int i = 0; i < test.length; i++) {
                double e = b - target[test[i]];
                for (int j = 0; j < w.length; j++) {
                    e += w[j] * columns[j][test[i]];
                }
                sum += e * e;
            }
            mse[a] += sum / test.length / folds;
        }
        return path.notConverged();
    }

    @Override
    public Task task() {
        return Task.REGRESSION;
    }
}
