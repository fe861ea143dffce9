package dev.lathe.model.tree;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.SupportsSampleWeights;
import dev.lathe.model.Task;
import dev.lathe.param.Check;

/**
 * A CART regression tree with exact splits, as scikit-learn's DecisionTreeRegressor; leaves predict the
 * weighted mean target (the weighted median with absolute_error). Missing feature values are routed as in
 * {@link DecisionTreeClassifier}.
 *
 * @param criterion             squared_error (default), absolute_error or poisson
 * @param maxDepth              see {@link Growth}; null for no limit (default)
 * @param minSamplesSplit       see {@link Growth} (default 2)
 * @param minSamplesLeaf        see {@link Growth} (default 1)
 * @param minWeightFractionLeaf see {@link Growth} (default 0)
 * @param maxFeatures           features drawn per split, see {@link MaxFeatures}; null for all (default)
 * @param maxLeafNodes          grow best-first to at most this many leaves; null for no limit (default)
 * @param minImpurityDecrease   see {@link Growth} (default 0)
 * @param ccpAlpha              minimal cost-complexity pruning strength, at least 0 (default 0: no pruning)
 * @param randomState           seed for the order features are tried in (matters for ties and max_features)
 */
public record DecisionTreeRegressor(Criterion criterion, Integer maxDepth, int minSamplesSplit, int minSamplesLeaf,
                                    double minWeightFractionLeaf, String maxFeatures, Integer maxLeafNodes,
                                    double minImpurityDecrease, double ccpAlpha, long randomState)
        implements Estimator, SupportsSampleWeights {

    public DecisionTreeRegressor {
        Criterion.check(criterion, Task.REGRESSION);
        new Growth(maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxFeatures, maxLeafNodes,
                minImpurityDecrease);
        Check.nonNegative("ccp_alpha", ccpAlpha);
    }

    /** scikit-learn's defaults: squared error, grown until pure, no pruning, seed 0. */
    public DecisionTreeRegressor() {
        this(Criterion.SQUARED_ERROR, null, 2, 1, 0.0, null, null, 0.0, 0.0, 0L);
    }

    /** The growth limits of this configuration. */
    public Growth growth() {
        return new Growth(maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxFeatures, maxLeafNodes,
                minImpurityDecrease);
    }

    @Override
    public TreeRegressorModel fit(Frame x, Column y) {
        return fit(x, y, null);
    }

    @Override
    public TreeRegressorModel fit(Frame x, Column y, double[] sampleWeights) {
        TreeLearner learner = TreeLearner.regression(x, y, sampleWeights, criterion, 0);
        return new TreeRegressorModel(TreeLearner.prune(learner.grow(null, growth(), false, randomState), ccpAlpha));
    }

    /** The minimal cost-complexity pruning path of the tree grown on (x, y) without pruning. */
    public PruningPath pruningPath(Frame x, Column y) {
        TreeLearner learner = TreeLearner.regression(x, y, null, criterion, 0);
        return TreeLearner.pruningPath(learner.grow(null, growth(), false, randomState));
    }

    @Override
    public Task task() {
        return Task.REGRESSION;
    }
}
