package dev.lathe.model.svm;

/** The kernel of a support vector machine, named as scikit-learn's {@code kernel} values. */
public enum Kernel {
    /** {@code <x, z>}. */
    LINEAR,
    /** {@code (gamma <x, z> + coef0)^degree}. */
    POLY,
    /** {@code exp(-gamma ||x - z||^2)}. */
    RBF,
    /** {@code tanh(gamma <x, z> + coef0)}. */
    SIGMOID
}
