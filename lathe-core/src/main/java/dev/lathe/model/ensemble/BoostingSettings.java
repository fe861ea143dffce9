package dev.lathe.model.ensemble;

import dev.lathe.param.Check;

/**
 * The hyperparameters both gradient boosting estimators share, validated in one place. See
 * {@link GradientBoostingRegressor} for each one's meaning, default and range.
 */
record BoostingSettings(int maxIter, double learningRate, int maxLeafNodes, int maxDepth, int minSamplesLeaf,
                        double l2Regularization, int maxBins, boolean earlyStopping, double validationFraction,
                        int nIterNoChange, double subsample, double colsample, long randomState) {

    BoostingSettings {
        Check.atLeast("max_iter", maxIter, 1);
        Check.positive("learning_rate", learningRate);
        Check.atLeast("max_leaf_nodes", maxLeafNodes, 2);
        Check.atLeast("max_depth (0 for no limit)", maxDepth, 0);
        Check.atLeast("min_samples_leaf", minSamplesLeaf, 1);
        Check.nonNegative("l2_regularization", l2Regularization);
        if (maxBins < 2 || maxBins > 255) {
            throw new IllegalArgumentException("max_bins must be in [2, 255], got " + maxBins);
        }
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation_fraction must be in (0, 1), got " + validationFraction);
        }
        Check.atLeast("n_iter_no_change", nIterNoChange, 1);
        if (!(subsample > 0 && subsample <= 1)) {
            throw new IllegalArgumentException("subsample must be in (0, 1], got " + subsample);
        }
        if (!(colsample > 0 && colsample <= 1)) {
            throw new IllegalArgumentException("colsample must be in (0, 1], got " + colsample);
        }
    }
}
