package dev.lathe.model.ensemble;

import dev.lathe.param.Check;
import java.util.List;
import java.util.Map;

/**
 * The hyperparameters both gradient boosting estimators share, validated in one place. See
 * {@link GradientBoostingRegressor} for each one's meaning, default and range.
 */
record BoostingSettings(int maxIter, double learningRate, int maxLeafNodes, int maxDepth, int minSamplesLeaf,
                        double l2Regularization, int maxBins, boolean earlyStopping, double validationFraction,
                        int nIterNoChange, double tol, double subsample, double colsample,
                        List<String> categoricalFeatures, double catSmooth, int minDataPerGroup,
                        Map<String, Integer> monotonicCst, long randomState,
                        boolean quantizedGradients) {

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
        Check.nonNegative("tol", tol);
        if (!(subsample > 0 && subsample <= 1)) {
            throw new IllegalArgumentException("subsample must be in (0, 1], got " + subsample);
        }
        if (!(colsample > 0 && colsample <= 1)) {
            throw new IllegalArgumentException("colsample must be in (0, 1], got " + colsample);
        }
        if (categoricalFeatures == null || categoricalFeatures.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("categorical_features must be a list of column names (empty for none)");
        }
        categoricalFeatures = List.copyOf(categoricalFeatures);
        Check.nonNegative("cat_smooth", catSmooth);
        Check.atLeast("min_data_per_group", minDataPerGroup, 1);
        monotonicCst = constraints(monotonicCst);
    }

    /**
     * {@code monotonic_cst} as a map from feature name to -1, 0 or +1, whatever number or text type the
     * values were given in (JSON and YAML give longs or strings).
     */
    private static Map<String, Integer> constraints(Map<String, ?> given) {
        if (given == null) {
            throw new IllegalArgumentException("monotonic_cst must map feature names to -1, 0 or 1 (empty for none)");
        }
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, ?> e : given.entrySet()) {
            Object v = e.getValue();
            int c;
            try {
                c = v instanceof Number n && n.doubleValue() == n.intValue() ? n.intValue()
                        : Integer.parseInt(String.valueOf(v).trim().replace("+", ""));
            } catch (NumberFormatException ex) {
                c = 2;
            }
            if (c < -1 || c > 1) {
                throw new IllegalArgumentException("monotonic_cst for '" + e.getKey() + "' must be -1, 0 or 1, got "
                        + v);
            }
            out.put(String.valueOf(e.getKey()), c);
        }
        return Map.copyOf(out);
    }
}
