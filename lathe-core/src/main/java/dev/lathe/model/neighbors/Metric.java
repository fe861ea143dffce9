package dev.lathe.model.neighbors;

/**
 * How far apart two rows are, as scikit-learn's metric names: {@code minkowski} with its {@code p} (the
 * default, p = 2 being Euclidean), {@code euclidean}, {@code manhattan} and {@code cosine}; and {@code gower}
 * for mixed numeric and categorical features with missing values.
 */
public enum Metric {
    /** (sum_j |a_j - b_j|^p)^(1/p), p at least 1 (p = 1 Manhattan, p = 2 Euclidean). */
    MINKOWSKI,
    /** sqrt(sum_j (a_j - b_j)^2). */
    EUCLIDEAN,
    /** sum_j |a_j - b_j|. */
    MANHATTAN,
    /** 1 - a'b / (|a| |b|), clipped to [0, 2]; a row of zeros is at distance 1 from every row. */
    COSINE,
    /**
     * Gower (1971): the mean, over the features observed in both rows, of {@code |a_j - b_j| / range_j} for a
     * numeric feature (range over the training rows; a constant column contributes 0) and 0 (equal) or 1 for
     * a categorical or boolean one; +infinity when the rows share no observed feature. Brute force only.
     */
    GOWER
}
