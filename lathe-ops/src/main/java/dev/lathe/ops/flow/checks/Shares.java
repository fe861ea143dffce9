package dev.lathe.ops.flow.checks;

import java.util.Locale;

/** How checks word shares and counts. */
final class Shares {

    private Shares() {
    }

    /** {@code 0.9875 (395 of 400)}. */
    static String of(long passing, long total) {
        return String.format(Locale.ROOT, "share %.4f (%d of %d)", total == 0 ? 1.0 : (double) passing / total,
                passing, total);
    }

    /** Whether {@code passing} of {@code total} reaches {@code mostly}; an empty set passes. */
    static boolean enough(long passing, long total, double mostly) {
        return total == 0 || passing >= Math.ceil(mostly * total - 1e-9);
    }

    /** {@code mostly} as a requirement: {@code share at least 0.99}. */
    static String atLeast(double mostly) {
        return String.format(Locale.ROOT, "share at least %s", format(mostly));
    }

    /** A number without trailing zeros. */
    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** A failed result for a column the data lacks. */
    static CheckResult missingColumn(String check, String column, String expected) {
        return new CheckResult(check, column, false, "no such column", expected);
    }
}
