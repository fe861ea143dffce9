package dev.lathe.prep.transform;

/** Checks that a column's values lie where a transform is defined (logarithms, Box-Cox). */
final class Domain {

    private Domain() {
    }

    /**
     * Fails, naming the step, column, row (counted from 1) and value, at the first value that is not
     * greater than {@code bound}; missing values pass.
     */
    static void requireAbove(double[] values, double bound, String step, String column) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] <= bound) {
                throw new IllegalArgumentException(step + " needs values greater than " + format(bound)
                        + ": column '" + column + "' has " + values[i] + " in row " + (i + 1));
            }
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
