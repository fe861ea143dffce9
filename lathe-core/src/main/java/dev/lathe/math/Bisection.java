package dev.lathe.math;

import java.util.function.DoubleUnaryOperator;

/** The root of a continuous function inside a bracket, by bisection to the last representable digit. */
public final class Bisection {

    private static final int MAX_ITERATIONS = 2000;

    private Bisection() {
    }

    /**
     * The x in [lo, max] where an increasing {@code f} crosses zero: the bracket's upper end is found by doubling
     * from {@code 2 lo} (so that {@code f} is rarely evaluated far from the root), then {@link #root} is used.
     *
     * @param f   increasing, with f(lo) < 0
     * @param lo  the lower end, positive
     * @param max the largest x to try
     * @throws ArithmeticException when f(max) is still below zero
     */
    public static double rootAbove(DoubleUnaryOperator f, double lo, double max) {
        double a = lo;
        double b = Math.min(max, 2 * lo);
        while (f.applyAsDouble(b) < 0) {
            if (b >= max) {
                throw new ArithmeticException("no root between " + lo + " and " + max);
            }
            a = b;
            b = Math.min(max, 2 * b);
        }
        return root(f, a, b);
    }

    /**
     * The x in [lo, hi] where {@code f} changes sign.
     *
     * @param f  continuous on [lo, hi]
     * @param lo the lower end of the bracket
     * @param hi the upper end, above {@code lo}
     * @throws ArithmeticException when f(lo) and f(hi) have the same sign (no root is bracketed)
     */
    public static double root(DoubleUnaryOperator f, double lo, double hi) {
        double fLo = f.applyAsDouble(lo);
        double fHi = f.applyAsDouble(hi);
        if (fLo == 0) {
            return lo;
        }
        if (fHi == 0) {
            return hi;
        }
        if (Math.signum(fLo) == Math.signum(fHi)) {
            throw new ArithmeticException("no sign change between " + lo + " (f = " + fLo + ") and " + hi + " (f = "
                    + fHi + ")");
        }
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) {
                break;
            }
            double fMid = f.applyAsDouble(mid);
            if (fMid == 0) {
                return mid;
            }
            if (Math.signum(fMid) == Math.signum(fLo)) {
                lo = mid;
                fLo = fMid;
            } else {
                hi = mid;
            }
        }
        return lo + (hi - lo) / 2;
    }
}
