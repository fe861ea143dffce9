package dev.lathe.model.neighbors;

/**
 * How neighbours are searched. Both searches return the same neighbours in the same order (see
 * {@link NeighborSearch}); the choice only changes speed.
 */
public enum Algorithm {
    /**
     * A KD-tree when the metric allows one (not cosine), there are at most 15 features, k is less than half
     * the training rows and there are at least twice {@code leaf_size} rows; brute force otherwise (the rule
     * of scikit-learn's {@code auto}, plus the small-data case).
     */
    AUTO,
    /** Every query row against every training row, in blocks of rows. */
    BRUTE,
    /** A KD-tree (median splits on the widest feature); not available for cosine. */
    KD_TREE
}
