package dev.lathe.monitor;

import dev.lathe.math.RadixSort;

/** Checks shared by the two-sample statistics. */
final class Samples {

    private Samples() {
    }

    /** Refuses an empty sample or one holding NaN or infinity, naming which sample. */
    static void requireNonEmpty(double[] values, String which) {
        if (values.length == 0) {
            throw new IllegalArgumentException("the " + which + " sample is empty");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("the " + which + " sample holds " + values[i] + " at index " + i
                        + "; drift statistics need finite values");
            }
        }
    }

    /**
     * A sorted copy of {@code values} with -0.0 read as 0.0, so that equal values are one value for the
     * distinct-value counts and searches that compare doubles by their bits.
     */
    static double[] sortedCopy(double[] values) {
        double[] copy = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i] + 0.0;
        }
        RadixSort.sort(copy);
        return copy;
    }
}
