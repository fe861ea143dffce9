package dev.lathe.model.ensemble;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.SupportsSampleWeights;
import dev.lathe.model.Task;
import dev.lathe.model.tree.Criterion;
import dev.lathe.model.tree.Growth;
import dev.lathe.model.tree.TreeLearner;
import dev.lathe.param.Check;

/**
 * A random forest classifier (Breiman 2001), as scikit-learn's RandomForestClassifier: trees grown on
 * bootstrap samples, each split choosing the best cut among a random draw of features; probabilities
 * are the trees' leaf frequencies averaged. Trees grow in parallel; splits are found on features binned
 * once per fit (histogram splitting, {@code max_bins}); missing feature values are routed per split.
 *
 * @param nEstimators           number of trees, at least 1 (default 100)
 * @param criterion             gini (default), entropy or log_loss
 * @param maxDepth              deepest level, at least 1; null for no limit (default)
 * @param minSamplesSplit       fewest rows a node needs to be split, at least 2 (default 2)
 * @param minSamplesLeaf        fewest rows in each child, at least 1 (default 1)
 * @param minWeightFractionLeaf fewest fraction of the total weight in each child, in [0, 0.5] (default 0)
 * @param maxFeatures           features drawn per split: sqrt, log2, a count, a fraction or all (default sqrt)
 * @param maxLeafNodes          grow each tree best-first to at most this many leaves; null for no limit
 * @param minImpurityDecrease   split only when the weighted impurity decrease is at least this (default 0)
 * @param bootstrap             whether each tree learns from a bootstrap sample (default true)
 * @param oobScore              compute out-of-bag predictions and score; needs bootstrap (default false)
 * @param maxSamples            bootstrap size as a fraction of the rows, in (0, 1]; null for all (default)
 * @param classWeight           null (default), balanced, balanced_subsample (balanced within each
 *                              bootstrap sample), or a map from class label to weight (classes it leaves
 *                              out weigh 1; applied before bootstrapping, as scikit-learn does); see
 *                              {@link TreeLearner#checkClassWeight}
 * @param ccpAlpha              cost-complexity pruning of each tree, at least 0 (default 0)
 * @param maxBins               bins per feature for histogram splitting, 2..65535, features binned once per
 *                              fit; 0 for exact splits on every distinct value (default 255)
 * @param randomState           seed; tree t's seed is the t-th draw from it, so the forest does not depend
 *                              on the number of threads (default 0)
 */
public record RandomForestClassifier(int nEstimators, Criterion criterion, Integer maxDepth, int minSamplesSplit,
        int minSamplesLeaf, double minWeightFractionLeaf, String maxFeatures, Integer maxLeafNodes,
        double minImpurityDecrease, boolean bootstrap, boolean oobScore, Double maxSamples, Object classWeight,
        double ccpAlpha, int maxBins, long randomState)
        implements Estimator, SupportsSampleWeights {

    public RandomForestClassifier {
        Criterion.check(criterion, Task.CLASSIFICATION);
        new Growth(maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxFeatures, maxLeafNodes,
                minImpurityDecrease);
        new Bagging(nEstimators, bootstrap, maxSamples, oobScore, maxBins, randomState);
        Check.nonNegative("ccp_alpha", ccpAlpha);
        classWeight = TreeLearner.checkClassWeight(classWeight, true);
    }

    /** scikit-learn's defaults, with 255 histogram bins and seed 0. */
    public RandomForestClassifier() {
        this(100, Criterion.GINI, null, 2, 1, 0.0, "sqrt", null, 0.0, true, false, null, null, 0.0, 255, 0L);
    }


    /** Each tree's growth limits. */
    public Growth growth() {
        return new Growth(maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxFeatures, maxLeafNodes,
                minImpurityDecrease);
    }

    @Override
    public ForestClassifierModel fit(Frame x, Column y) {
        return fit(x, y, null);
    }

    @Override
    public ForestClassifierModel fit(Frame x, Column y, double[] sampleWeights) {
        return ForestFit.classifier(x, y, sampleWeights, criterion, growth(), false, ccpAlpha, bagging(), classWeight);
    }

    /** The bootstrap and binning settings shared by every tree. */
    Bagging bagging() {
        return new Bagging(nEstimators, bootstrap, maxSamples, oobScore, maxBins, randomState);
    }

    @Override
    public Task task() {
        return Task.CLASSIFICATION;
    }
}
