package dev.lathe.model.semisupervised;

/**
 * The similarity graph of {@link LabelPropagation} and {@link LabelSpreading}: {@code RBF} weighs every
 * pair of rows by {@code exp(-gamma ||x_i - x_j||^2)} (a dense graph: memory grows with the square of the
 * rows); {@code KNN} links each row to its {@code n_neighbors} nearest rows, itself included, with weight
 * 1 (sparse; scikit-learn's connectivity graph).
 */
public enum GraphKernel { RBF, KNN }
