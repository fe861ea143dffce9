package dev.lathe.model.neighbors;

/**
 * How far apart two rows are, as scikit-learn's metric names: {@code minkowski} with its {@code p} (the
 * default, p = 2 being Euclidean), {@code euclidean}, {@code manhattan} and {@code cosine}.
 */
public enum Metric {
    /** (sum_j |a_j - b_j|^p)^(1/p), p at least 1 (p = 1 Manhattan, p = 2 Euclidean). */
    MINKOWSKI,
    /** sqrt(sum_j (a_j - b_j)^2). */
    EUCLIDEAN,
    /** sum_j |a_j - b_j|. */
    MANHATTAN,
    /** 1 - a'b / (|a| |b|), clipped to [0, 2]; a row of zeros is at distance 1 from every row. */
    COSINE
}
