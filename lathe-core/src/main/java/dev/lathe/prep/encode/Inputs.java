package dev.lathe.prep.encode;

import dev.lathe.frame.Frame;

/** Checks shared by the encoders' constructors and fits, with messages naming the parameter or step. */
final class Inputs {

    private Inputs() {
    }

    /** {@code value}, which must not be null. */
    static <T> T given(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must be given");
        }
        return value;
    }

    /** Fails when {@code data} has no rows to learn from. */
    static void requireRows(Frame data, String step) {
        if (data.rowCount() == 0) {
            throw new IllegalArgumentException(step + " cannot fit on empty data (0 rows)");
        }
    }
}
