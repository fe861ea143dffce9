package dev.lathe.model.tree;

import dev.lathe.param.Check;

/**
 * The limits on how a tree grows, shared by every tree learner's hyperparameters and checked here once.
 *
 * @param maxDepth              deepest level (root at 0), at least 1; null for no limit (default)
 * @param minSamplesSplit       fewest rows a node needs to be split, at least 2 (default 2)
 * @param minSamplesLeaf        fewest rows in each child, at least 1 (default 1)
 * @param minWeightFractionLeaf fewest fraction of the total weight in each child, in [0, 0.5] (default 0)
 * @param maxFeatures           features drawn per split, see {@link MaxFeatures}; null for all
 * @param maxLeafNodes          grow best-first to at most this many leaves, at least 2; null for no limit
 * @param minImpurityDecrease   split only when the weighted impurity decrease is at least this, at least 0
 */
public record Growth(Integer maxDepth, int minSamplesSplit, int minSamplesLeaf, double minWeightFractionLeaf,
                     String maxFeatures, Integer maxLeafNodes, double minImpurityDecrease) {

    public Growth {
        if (maxDepth != null) {
            Check.atLeast("max_depth", maxDepth, 1);
        }
        Check.atLeast("min_samples_split", minSamplesSplit, 2);
        Check.atLeast("min_samples_leaf", minSamplesLeaf, 1);
        Check.inRange("min_weight_fraction_leaf", minWeightFractionLeaf, 0, 0.5);
        MaxFeatures.check(maxFeatures);
        if (maxLeafNodes != null) {
            Check.atLeast("max_leaf_nodes", maxLeafNodes, 2);
        }
        Check.nonNegative("min_impurity_decrease", minImpurityDecrease);
    }

    /** The deepest level allowed (Integer.MAX_VALUE without a limit). */
    int depthLimit() {
        return maxDepth == null ? Integer.MAX_VALUE : maxDepth;
    }
}
