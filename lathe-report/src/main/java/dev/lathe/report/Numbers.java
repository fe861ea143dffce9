package dev.lathe.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats numbers for people: short, without spurious digits, the same way in tables and on charts. */
public final class Numbers {

    private static final double SCIENTIFIC_BELOW = 1e-3;
    private static final double SCIENTIFIC_FROM = 1e9;

    private Numbers() {
    }

    /**
     * A short text for {@code value}: whole numbers without a decimal point ({@code 150}); other values
     * with four significant digits (halves rounded up), at least one decimal and trailing zeros dropped ({@code 0.1235},
     * {@code 12.35}, {@code 12345.7}); magnitudes below 0.001 or from 10<sup>9</sup> in scientific notation
     * with four significant digits ({@code 1.235e-05}); {@code NaN} and infinities as {@code NaN},
     * {@code inf}, {@code -inf}.
     */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude < SCIENTIFIC_BELOW || magnitude >= SCIENTIFIC_FROM) {
            return scientific(value);
        }
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        int decimals = Math.max(1, 3 - (int) Math.floor(Math.log10(magnitude)));
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** {@code fraction} as a percentage with one decimal ({@code 0.1234} gives {@code 12.3%}). */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return format(fraction);
        }
        return BigDecimal.valueOf(fraction * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String scientific(double value) {
        String text = String.format(java.util.Locale.ROOT, "%.3e", value);
        int e = text.indexOf('e');
        String mantissa = text.substring(0, e).replaceAll("0+$", "").replaceAll("\\.$", "");
        return mantissa + text.substring(e);
    }
}
