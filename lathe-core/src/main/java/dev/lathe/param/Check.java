package dev.lathe.param;

/** One-line validations for hyperparameter records' compact constructors, with messages naming the parameter. */
public final class Check {

    private Check() {
    }

    /** {@code value} must be in [lo, hi]. */
    public static double inRange(String name, double value, double lo, double hi) {
        if (!(value >= lo && value <= hi)) {
            throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "], got " + value);
        }
        return value;
    }

    /** {@code value} must be finite and greater than 0. */
    public static double positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number greater than 0, got " + value);
        }
        return value;
    }

    /** {@code value} must be finite and at least 0. */
    public static double nonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number at least 0, got " + value);
        }
        return value;
    }

    /** {@code value} must be at least {@code min}. */
    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
        }
        return value;
    }
}
