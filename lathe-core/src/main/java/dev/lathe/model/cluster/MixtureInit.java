package dev.lathe.model.cluster;

/** How a Gaussian mixture's first responsibilities are chosen, as scikit-learn's {@code init_params}. */
public enum MixtureInit {
    /** Hard responsibilities from a seeded k-means (one run, k-means++). */
    KMEANS,
    /** Uniform random responsibilities, normalised per row. */
    RANDOM
}
