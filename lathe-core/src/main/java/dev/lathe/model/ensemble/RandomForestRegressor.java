package dev.lathe.model.ensemble;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.SupportsSampleWeights;
import dev.lathe.model.Task;
import dev.lathe.model.tree.Criterion;
import dev.lathe.model.tree.Growth;
import dev.lathe.param.Check;

/**
 * A random forest regressor (Breiman 2001), as scikit-learn's RandomForestRegressor: trees grown on
 * bootstrap samples, each split choosing the best cut among a random draw of features; the prediction is
 * the trees' mean. With {@code quantile_regression} it is also a quantile regression forest
 * (Meinshausen 2006). Trees grow in parallel on features binned once per fit; missing values are routed.
 *
 * @param nEstimators           number of trees, at least 1 (default 100)
 * @param criterion             squared_error (default), absolute_error (leaves predict the weighted
 *                              median) or poisson
 * @param maxDepth              deepest level, at least 1; null for no limit (default)
 * @param minSamplesSplit       fewest rows a node needs to be split, at least 2 (default 2)
 * @param minSamplesLeaf        fewest rows in each child, at least 1 (default 1)
 * @param minWeightFractionLeaf fewest fraction of the total weight in each child, in [0, 0.5] (default 0)
 * @param maxFeatures           features drawn per split: sqrt, log2, a count, a fraction or all (default all)
 * @param maxLeafNodes          grow each tree best-first to at most this many leaves; null for no limit
 * @param minImpurityDecrease   split only when the weighted impurity decrease is at least this (default 0)
 * @param bootstrap             whether each tree learns from a bootstrap sample (default true)
 * @param oobScore              compute out-of-bag predictions and score; needs bootstrap (default false)
 * @param maxSamples            bootstrap size as a fraction of the rows, in (0, 1]; null for all (default)
 * @param quantileRegression    keep every leaf's training targets so that {@link
 *                              ForestRegressorModel#predictQuantile} works (default false)
 * @param ccpAlpha              cost-complexity pruning of each tree, at least 0 (default 0)
 * @param maxBins               bins per feature for histogram splitting, 2..65535, features binned once per
 *                              fit; 0 for exact splits on every distinct value (default 255)
 * @param randomState           seed; tree t's seed is the t-th draw from it, so the forest does not depend
 *                              on the number of threads (default 0)
 */
public record RandomForestRegressor(int nEstimators, Criterion criterion, Integer maxDepth, int minSamplesSplit,
        int minSamplesLeaf, double minWeightFractionLeaf, String maxFeatures, Integer maxLeafNodes,
        double minImpurityDecrease, boolean bootstrap, boolean oobScore, Double maxSamples, boolean quantileRegression,
        double ccpAlpha, int maxBins, long randomState)
        implements Estimator, SupportsSampleWeights {

    public RandomForestRegressor {
        Criterion.check(criterion, Task.REGRESSION);
        new Growth(maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxFeatures, maxLeafNodes,
                minImpurityDecrease);
        new Bagging(nEstimators, bootstrap, maxSamples, oobScore, maxBins, randomState);
        Check.nonNegative("ccp_alpha", ccpAlpha);
    }

    /** scikit-learn's defaults, with 255 histogram bins and seed 0. */
    public RandomForestRegressor() {
        this(100, Criterion.SQUARED_ERROR, null, 2, 1, 0.0, null, null, 0.0, true, false, null, false, 0.0, 255, 0L);
    }


    /** Each tree's growth limits. */
    public Growth growth() {
        return new Growth(maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxFeatures, maxLeafNodes,
                minImpurityDecrease);
    }

    @Override
    public ForestRegressorModel fit(Frame x, Column y) {
        return fit(x, y, null);
    }

    @Override
    public ForestRegressorModel fit(Frame x, Column y, double[] sampleWeights) {
        return ForestFit.regressor(x, y, sampleWeights, criterion, growth(), false, ccpAlpha, bagging(), quantileRegression);
    }

    /** The bootstrap and binning settings shared by every tree. */
    Bagging bagging() {
        return new Bagging(nEstimators, bootstrap, maxSamples, oobScore, maxBins, randomState);
    }

    @Override
    public Task task() {
        return Task.REGRESSION;
    }
}
