package dev.lathe.stats.bayes;

/** Input checks shared by the conjugate models. */
final class Checks {

    private Checks() {
    }

    /** The sum of {@code values}, refusing NaN and infinity with the index at fault. */
    static double finiteSum(double[] values) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("observations must be finite, got " + values[i] + " at index " + i);
            }
            sum += values[i];
        }
        return sum;
    }
}
