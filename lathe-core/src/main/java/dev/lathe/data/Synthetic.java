package dev.lathe.data;

import dev.lathe.frame.Frame;

/**
 * Seeded generators of synthetic data sets with a known structure, for examples, tests and benchmarks.
 * Each generator is a pure function of its arguments: the same arguments and seed give an identical
 * frame on every JVM and thread (each call uses its own {@link java.util.Random} generators derived from
 * the seed; nothing is shared). Feature columns are named {@code x1, x2, ...}. Bad arguments raise
 * {@link IllegalArgumentException} naming the argument and the value.
 */
public final class Synthetic {

    private Synthetic() {
    }

    /**
     * A classification problem in the manner of scikit-learn's {@code make_classification}. Each class is
     * a standard normal cloud around its own randomly chosen corner of the {-1, +1} hypercube in the
     * informative features; rows are in random order. Columns: {@code x1..x<informative>} informative,
     * then the redundant features (random linear combinations of the informative ones, weights uniform in
     * [-1, 1)), then the noise features (independent N(0, 1)), then the target {@code y} holding the class
     * as a number 0..classes-1.
     *
     * @param rows        number of rows, at least 1
     * @param informative features that carry the class, at least 1; {@code classes} must not exceed
     *                    2^informative
     * @param redundant   linear combinations of the informative features, at least 0
     * @param noise       features unrelated to the class, at least 0
     * @param classes     number of classes, at least 2
     * @param weights     relative class sizes, one non-negative entry per class, not all 0 (normalised to
     *                    proportions; each class gets its share of rows rounded by largest remainder), or
     *                    null for balanced classes
     * @param labelNoise  fraction of rows, in [0, 1], whose label is changed to a different class chosen
     *                    uniformly (exactly round(labelNoise * rows) rows); changing it leaves the
     *                    features and the other labels as they were for the same seed
     * @param seed        seed of the random draws
     */
    public static Frame classification(int rows, int informative, int redundant, int noise, int classes,
                                       double[] weights, double labelNoise, long seed) {
        return ClassificationGenerator.generate(rows, informative, redundant, noise, classes, weights,
                labelNoise, seed);
    }
}
