package dev.lathe.stats.test;

/** Checks of the samples a test is given, with messages that name the sample, the position and the value. */
final class Samples {

    private Samples() {
    }

    /**
     * Checks that {@code x} holds at least {@code min} values, all finite.
     *
     * @param what names the sample in messages, e.g. {@code "first sample"}
     * @return {@code x}
     */
    static double[] finite(double[] x, String what, int min) {
        if (x.length < min) {
            throw new IllegalArgumentException(what + " has " + x.length + " observation" + (x.length == 1 ? "" : "s")
                    + ": expected at least " + min);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(what + " holds " + x[i] + " at position " + (i + 1)
                        + ": expected finite numbers (leave missing values out)");
            }
        }
        return x;
    }

    /** Checks two samples of paired observations: the same length, at least {@code min} pairs, all finite. */
    static void paired(double[] x, double[] y, int min) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("paired samples need the same length, got " + x.length + " and "
                    + y.length);
        }
        finite(x, "first sample", min);
        finite(y, "second sample", min);
    }

    /** The differences x[i] - y[i] of paired samples. */
    static double[] differences(double[] x, double[] y) {
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i] - y[i];
        }
        return d;
    }

    /** The confidence level, checked to lie in (0, 1). */
    static double confidence(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        return level;
    }

    /** Checks that a count is not negative. */
    static long count(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " is " + value + ": counts cannot be negative");
        }
        return value;
    }

    /** Checks that a probability lies in [0, 1]. */
    static double probability(double value, String what) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " is " + value + ": expected a probability in [0, 1]");
        }
        return value;
    }
}
