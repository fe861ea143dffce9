package dev.lathe.model.svm;

/** How the penalty C is scaled per class, as scikit-learn's {@code class_weight} of its SVMs. */
public enum ClassWeight {
    /** Every class weighs 1. */
    NONE,
    /** Class k weighs {@code n / (classes * n_k)}, counted on the whole training set. */
    BALANCED;

    /** The weight of each class given the row count of each. */
    double[] of(int[] counts) {
        double[] out = new double[counts.length];
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        for (int k = 0; k < counts.length; k++) {
            out[k] = this == NONE ? 1 : (double) n / ((double) counts.length * counts[k]);
        }
        return out;
    }
}
