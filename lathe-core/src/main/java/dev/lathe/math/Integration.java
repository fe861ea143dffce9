package dev.lathe.math;

import java.util.function.DoubleUnaryOperator;

/** Definite integrals of smooth functions on a finite interval by the composite Simpson rule. */
public final class Integration {

    private Integration() {
    }

    /**
     * The integral of {@code f} over [a, b] by the composite Simpson rule on {@code panels} equal panels. The
     * error falls as the fourth power of the panel width for a function with a bounded fourth derivative.
     *
     * @param f      the integrand, finite on [a, b]
     * @param a      the lower limit
     * @param b      the upper limit, at least {@code a}
     * @param panels the number of panels, even and at least 2
     * @throws IllegalArgumentException when the limits are not finite and ordered or {@code panels} is odd or below 2
     */
    public static double simpson(DoubleUnaryOperator f, double a, double b, int panels) {
        if (!(Double.isFinite(a) && Double.isFinite(b) && a <= b)) {
            throw new IllegalArgumentException("integration limits must be finite with a <= b, got [" + a + ", " + b + "]");
        }
        if (panels < 2 || panels % 2 != 0) {
            throw new IllegalArgumentException("Simpson's rule needs an even number of panels >= 2, got " + panels);
        }
        double h = (b - a) / panels;
        double sum = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < panels; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
        }
        return sum * h / 3;
    }
}
