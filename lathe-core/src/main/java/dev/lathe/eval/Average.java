package dev.lathe.eval;

/**
 * How per-class scores combine into one, as scikit-learn's {@code average} parameter. Averages over classes run
 * over the classes present among the targets or the predictions, as scikit-learn's default labels do.
 */
public enum Average {
    /** The score of class 1 (the positive class) alone; needs class codes 0 and 1 only. */
    BINARY,
    /** Counts summed over classes first, then one score (for precision, recall and F it equals accuracy). */
    MICRO,
    /** Unweighted mean of the per-class scores. */
    MACRO,
    /** Mean of the per-class scores weighted by each class's (sample-weighted) count among the targets. */
    WEIGHTED
}
