package dev.lathe.model.ensemble;

import dev.lathe.param.Check;

/**
 * How a forest draws its trees' training rows and seeds, checked once for every forest.
 *
 * @param nEstimators number of trees, at least 1
 * @param bootstrap   whether each tree learns from a bootstrap sample (with replacement)
 * @param maxSamples  bootstrap size as a fraction of the rows in (0, 1]; null for all rows; only with bootstrap
 * @param oobScore    whether to compute out-of-bag predictions and score; only with bootstrap
 * @param maxBins     bins per feature for histogram splitting (2..65535), or 0 for exact splits
 * @param randomState seed from which every tree's seed is derived
 */
record Bagging(int nEstimators, boolean bootstrap, Double maxSamples, boolean oobScore, int maxBins,
               long randomState) {

    Bagging {
        Check.atLeast("n_estimators", nEstimators, 1);
        if (maxSamples != null) {
            Check.inRange("max_samples", maxSamples, Math.ulp(0.0), 1.0);
            if (!bootstrap) {
                throw new IllegalArgumentException("max_samples needs bootstrap=true");
            }
        }
        if (oobScore && !bootstrap) {
            throw new IllegalArgumentException("oob_score needs bootstrap=true: without it no row is out of bag");
        }
        if (maxBins != 0 && (maxBins < 2 || maxBins > 65535)) {
            throw new IllegalArgumentException("max_bins must be 0 (exact splits) or in [2, 65535], got " + maxBins);
        }
    }
}
