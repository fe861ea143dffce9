package dev.lathe.math;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal a double most likely came from: the decimal with the fewest significant digits that reads
 * back as the same double. A value typed or stored as text with at most 15 significant digits (such as
 * {@code 10000000.2}) is recovered exactly, although the double itself holds a nearby binary fraction
 * ({@code 10000000.199999999254941940307617187500}).
 *
 * <p>Method: the double's exact value is rounded to 15 significant digits; every decimal of at most 15
 * digits reads to a different double, so when that rounding reads back as the same double it is the
 * shortest such decimal. Otherwise the nearest decimal of 16, then 17 significant digits is taken (17
 * always reads back). Trailing zeros are stripped. Independent of the JDK's {@code Double.toString},
 * which before JDK 19 sometimes gave more digits than needed. Fast path, tried first: for scales s = 0, 1,
 * ... 22 while |value| 10^s stays below 10^15, the integer m nearest to value 10^s is taken when m / 10^s
 * (one correctly rounded division of exact operands) gives back the value; that decimal has at most 15
 * digits, so it is the same one, found without BigDecimal arithmetic on the binary expansion.
 *
 * <p>The result is the shortest for normal doubles; for subnormals (below 2.2e-308), which carry fewer
 * digits, it is a decimal that reads back, not always the shortest.
 */
public final class ShortestDecimal {

    private static final MathContext[] DIGITS = {
        new MathContext(15, RoundingMode.HALF_EVEN),
        new MathContext(16, RoundingMode.HALF_EVEN),
        new MathContext(17, RoundingMode.HALF_EVEN)
    };

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private static final double FIFTEEN_DIGITS = 1e15;

    private ShortestDecimal() {
    }

    /**
     * The shortest decimal that reads back as {@code value}.
     *
     * @param value a finite double
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public static BigDecimal of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("only a finite double has a decimal value, got " + value);
        }
        if (value == 0) {
            return BigDecimal.ZERO;
        }
        double magnitude = Math.abs(value);
        for (int scale = 0; scale < POWERS_OF_TEN.length && magnitude * POWERS_OF_TEN[scale] < FIFTEEN_DIGITS; scale++) {
            double m = Math.rint(value * POWERS_OF_TEN[scale]);
            if (m / POWERS_OF_TEN[scale] == value) {
                return BigDecimal.valueOf((long) m, scale).stripTrailingZeros();
            }
        }
        BigDecimal exact = new BigDecimal(value);
        BigDecimal rounded = exact.round(DIGITS[0]);
        for (int d = 1; d < DIGITS.length && rounded.doubleValue() != value; d++) {
            rounded = exact.round(DIGITS[d]);
        }
        return rounded.stripTrailingZeros();
    }

    /**
     * The differences {@code of(values[i]) - center}, each computed exactly in decimal and rounded once to
     * the nearest double; NaN stays NaN. With a center near the data this keeps every digit of the spread
     * that the decimal values carry, however large their common offset.
     *
     * @param values finite values or NaN
     * @param center the decimal to subtract
     * @throws IllegalArgumentException if a value is infinite
     */
    public static double[] deviations(double[] values, BigDecimal center) {
        double[] fast = commonScaleDeviations(values, center);
        if (fast != null) {
            return fast;
        }
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Double.isNaN(values[i]) ? Double.NaN : of(values[i]).subtract(center).doubleValue();
        }
        return out;
    }

    /**
     * {@link #deviations} without BigDecimal when every value and the center are decimals m / 10^S of one scale
     * S with |m| below 10^15: then m is found as rint(value 10^S) (the floating product is within 0.25 of it),
     * m - center is an exact long and one division by the exact power 10^S rounds the exact difference once, as
     * the BigDecimal path does. Null when some value needs more digits (that path then takes over).
     */
    private static double[] commonScaleDeviations(double[] values, BigDecimal center) {
        int scale = Math.max(0, center.stripTrailingZeros().scale());
        double largest = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                continue;
            }
            if (!Double.isFinite(v)) {
                return null;
            }
            double magnitude = Math.abs(v);
            largest = Math.max(largest, magnitude);
            while (scale < POWERS_OF_TEN.length && magnitude * POWERS_OF_TEN[scale] < FIFTEEN_DIGITS
                    && Math.rint(v * POWERS_OF_TEN[scale]) / POWERS_OF_TEN[scale] != v) {
                scale++;
            }
            if (scale == POWERS_OF_TEN.length || magnitude * POWERS_OF_TEN[scale] >= FIFTEEN_DIGITS) {
                return null;
            }
        }
        BigDecimal scaledCenter = center.movePointRight(scale);
        if (largest * POWERS_OF_TEN[scale] >= FIFTEEN_DIGITS
                || scaledCenter.abs().compareTo(BigDecimal.valueOf((long) FIFTEEN_DIGITS)) >= 0) {
            return null;
        }
        long c = scaledCenter.longValueExact();
        double power = POWERS_OF_TEN[scale];
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            out[i] = Double.isNaN(v) ? Double.NaN : ((long) Math.rint(v * power) - c) / power;
        }
        return out;
    }
}
