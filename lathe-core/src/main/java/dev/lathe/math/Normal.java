package dev.lathe.math;

import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.InverseErfc;

/** The standard normal distribution: cumulative probability and its inverse, to near full double precision. */
public final class Normal {

    private static final double SQRT2 = Math.sqrt(2);

    private Normal() {
    }

    /** P(Z <= x) for a standard normal Z; 0 at minus infinity, 1 at infinity, NaN for NaN. */
    public static double cdf(double x) {
        return 0.5 * Erfc.value(-x / SQRT2);
    }

    /**
     * The x with P(Z <= x) = p (the probit): minus infinity at 0, infinity at 1.
     *
     * @param p probability in [0, 1]; NaN outside
     */
    public static double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            return Double.NaN;
        }
        return -SQRT2 * InverseErfc.value(2 * p);
    }
}
