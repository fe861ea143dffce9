package dev.lathe.stats.distribution;

import dev.lathe.frame.NumericColumn;
import java.util.Arrays;

/**
 * The present values of a numeric column, sorted ascending, with the count of missing ones: the checked
 * input that every method of this package starts from.
 *
 * @param column  the column's name, for messages
 * @param sorted  present (non-NaN) values, ascending
 * @param missing rows holding NaN
 */
record Sample(String column, double[] sorted, int missing) {

    /**
     * The present values of {@code column}.
     *
     * @param purpose what the values are for, as it should read in a message ("a histogram")
     * @param atLeast the fewest present values {@code purpose} can use
     * @throws IllegalArgumentException naming the column when a value is infinite or fewer than
     *                                  {@code atLeast} values are present
     */
    static Sample of(NumericColumn column, String purpose, int atLeast) {
        double[] values = column.toArray();
        double[] present = new double[values.length];
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("column '" + column.name() + "' holds " + v + " in row " + i
                        + "; " + purpose + " needs finite values");
            }
            if (!Double.isNaN(v)) {
                present[n++] = v;
            }
        }
        if (n < atLeast) {
            throw new IllegalArgumentException("column '" + column.name() + "' has " + n + " present value(s) ("
                    + (values.length - n) + " missing); " + purpose + " needs at least " + atLeast);
        }
        present = Arrays.copyOf(present, n);
        Arrays.sort(present);
        return new Sample(column.name(), present, values.length - n);
    }

    /** Number of present values. */
    int n() {
        return sorted.length;
    }

    /** Whether every present value is the same. */
    boolean isConstant() {
        return sorted[0] == sorted[sorted.length - 1];
    }

    /** Mean of the present values, corrected by a second pass. */
    double mean() {
        return mean(sorted);
    }

    /** Sum of squared deviations from the mean. */
    double sumOfSquares() {
        return sumOfSquares(sorted, mean(sorted));
    }

    /** Mean of {@code values}, corrected by a second pass (Chan, Golub and LeVeque 1983). */
    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double correction = 0;
        for (double v : values) {
            correction += v - mean;
        }
        return mean + correction / values.length;
    }

    /** Sum of squared deviations of {@code values} from {@code mean}. */
    static double sumOfSquares(double[] values, double mean) {
        double s = 0;
        for (double v : values) {
            s += (v - mean) * (v - mean);
        }
        return s;
    }

    /**
     * The failure to report when the values are all equal.
     *
     * @param purpose what could not be computed, as in {@link #of}
     */
    IllegalArgumentException constant(String purpose) {
        return new IllegalArgumentException("column '" + column + "' is constant (every present value is "
                + sorted[0] + "); " + purpose + " needs at least two distinct values");
    }
}
