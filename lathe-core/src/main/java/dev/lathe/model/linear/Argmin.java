package dev.lathe.model.linear;

/** The position of the smallest value, the first on ties, as numpy's argmin (used to pick hyperparameters). */
final class Argmin {

    private Argmin() {
    }

    /** The index of the first smallest value of a non-empty array without NaN. */
    static int first(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[best]) {
                best = i;
            }
        }
        return best;
    }
}
