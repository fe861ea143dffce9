package dev.lathe.stats.bayes;

import java.util.Locale;

/** Short number formatting for distribution labels. */
final class Numbers {

    private Numbers() {
    }

    /** An integer without a decimal point, anything else with up to 6 significant digits. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
