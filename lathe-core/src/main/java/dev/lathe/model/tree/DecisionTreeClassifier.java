package dev.lathe.model.tree;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.SupportsSampleWeights;
import dev.lathe.model.Task;
import dev.lathe.param.Check;

/**
 * A CART classification tree with exact splits, as scikit-learn's DecisionTreeClassifier. Missing feature
 * values are allowed: each split sends them to the side that scores better in training (to the side with
 * more rows when the node saw none).
 *
 * @param criterion             gini (default), entropy or log_loss
 * @param maxDepth              see {@link Growth}; null for no limit (default)
 * @param minSamplesSplit       see {@link Growth} (default 2)
 * @param minSamplesLeaf        see {@link Growth} (default 1)
 * @param minWeightFractionLeaf see {@link Growth} (default 0)
 * @param maxFeatures           features drawn per split, see {@link MaxFeatures}; null for all (default)
 * @param maxLeafNodes          grow best-first to at most this many leaves; null for no limit (default)
 * @param minImpurityDecrease   see {@link Growth} (default 0)
 * @param ccpAlpha              minimal cost-complexity pruning strength, at least 0 (default 0: no pruning)
 * @param classWeight           null (default), {@code balanced}, or a map from class label to weight
 *                              (scikit-learn's dict form; classes it leaves out weigh 1), see
 *                              {@link TreeLearner#checkClassWeight}
 * @param randomState           seed for the order features are tried in (matters for ties and max_features)
 */
public record DecisionTreeClassifier(Criterion criterion, Integer maxDepth, int minSamplesSplit, int minSamplesLeaf,
                                     double minWeightFractionLeaf, String maxFeatures, Integer maxLeafNodes,
                                     double minImpurityDecrease, double ccpAlpha, Object classWeight, long randomState)
        implements Estimator, SupportsSampleWeights {

    public DecisionTreeClassifier {
        Criterion.check(criterion, Task.CLASSIFICATION);
        new Growth(maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxFeatures, maxLeafNodes,
                minImpurityDecrease);
        Check.nonNegative("ccp_alpha", ccpAlpha);
        classWeight = TreeLearner.checkClassWeight(classWeight, false);
    }

    /** scikit-learn's defaults: gini, grown until pure, no pruning, seed 0. */
    public DecisionTreeClassifier() {
        this(Criterion.GINI, null, 2, 1, 0.0, null, null, 0.0, 0.0, null, 0L);
    }

    /** The growth limits of this configuration. */
    public Growth growth() {
        return new Growth(maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxFeatures, maxLeafNodes,
                minImpurityDecrease);
    }

    @Override
    public TreeClassifierModel fit(Frame x, Column y) {
        return fit(x, y, null);
    }

    @Override
    public TreeClassifierModel fit(Frame x, Column y, double[] sampleWeights) {
        TreeLearner learner = TreeLearner.classification(x, y, sampleWeights, classWeight, criterion, 0);
        Tree tree = TreeLearner.prune(learner.grow(null, growth(), false, randomState), ccpAlpha);
        return new TreeClassifierModel(learner.classes(), tree);
    }

    /** The minimal cost-complexity pruning path of the tree grown on (x, y) without pruning. */
    public PruningPath pruningPath(Frame x, Column y) {
        TreeLearner learner = TreeLearner.classification(x, y, null, classWeight, criterion, 0);
        return TreeLearner.pruningPath(learner.grow(null, growth(), false, randomState));
    }

    @Override
    public Task task() {
        return Task.CLASSIFICATION;
    }
}
