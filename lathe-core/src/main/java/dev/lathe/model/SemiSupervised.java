package dev.lathe.model;

/**
 * A classifier estimator that learns from unlabelled rows too: rows whose target is missing are read as
 * unlabelled instead of refused. {@code lathe train} keeps them out of the held-out test rows, and treats
 * the target as class labels even when it is numeric.
 */
public interface SemiSupervised extends Estimator {
}
