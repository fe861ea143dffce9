package dev.lathe.stats.distribution;

import java.util.function.DoubleUnaryOperator;

/**
 * The root of a monotone function on (0, infinity) by Newton's method safeguarded with bisection: a bracket
 * is found by doubling and halving from a guess, then Newton steps that would leave the shrinking bracket
 * are replaced by bisection at the geometric mean. Stops within a few ulps of the root.
 */
final class Root {

    private static final int MAX_EXPANSIONS = 1100;
    private static final int MAX_ITERATIONS = 300;

    private Root() {
    }

    /**
     * The x > 0 with f(x) = 0.
     *
     * @param f     monotone on (0, infinity) with a sign change
     * @param df    its derivative
     * @param guess a starting point, greater than 0
     * @throws ArithmeticException when no sign change is found between 2^-1100 guess and 2^1100 guess
     */
    static double positive(DoubleUnaryOperator f, DoubleUnaryOperator df, double guess) {
        double lo = guess;
        double hi = guess;
        double fLo = f.applyAsDouble(lo);
        double fHi = fLo;
        for (int k = 0; Math.signum(fLo) == Math.signum(fHi) && fLo != 0; k++) {
            if (k == MAX_EXPANSIONS) {
                throw new ArithmeticException("no root found near " + guess);
            }
            lo /= 2;
            hi *= 2;
            fLo = f.applyAsDouble(lo);
            fHi = f.applyAsDouble(hi);
        }
        if (fLo == 0) {
            return lo;
        }
        double x = Math.sqrt(lo * hi);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double fx = f.applyAsDouble(x);
            if (fx == 0) {
                return x;
            }
            if (Math.signum(fx) == Math.signum(fLo)) {
                lo = x;
            } else {
                hi = x;
            }
            if (hi - lo <= 4 * Math.ulp(x)) {
                break;
            }
            double next = x - fx / df.applyAsDouble(x);
            if (!(next > lo && next < hi)) {
                next = Math.sqrt(lo * hi);
            }
            if (Math.abs(next - x) <= 2 * Math.ulp(x)) {
                return next;
            }
            x = next;
        }
        return x;
    }
}
