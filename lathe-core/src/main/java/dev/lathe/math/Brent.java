package dev.lathe.math;

import java.util.function.DoubleUnaryOperator;

/**
 * The minimum of a function of one variable: a downhill search from two starting points for three points
 * that bracket a minimum (golden-ratio steps with parabolic extrapolation), then Brent's method (parabolic
 * interpolation safeguarded by golden-section steps) inside the bracket. The constants are those of
 * {@code scipy.optimize.brent}, which scikit-learn and scipy use to fit power transforms, so that the minima
 * found agree with theirs: relative tolerance 1.48e-8 in x, absolute 1e-11, at most 500 iterations.
 */
public final class Brent {

    private static final double GOLDEN = 1.618034;
    private static final double GOLDEN_SECTION = 0.3819660;
    private static final double GROW_LIMIT = 110;
    private static final double TINY_DENOMINATOR = 1e-21;
    private static final int MAX_BRACKET_STEPS = 1000;
    private static final double TOLERANCE = 1.48e-8;
    private static final double MIN_TOLERANCE = 1e-11;
    private static final int MAX_ITERATIONS = 500;

    private Brent() {
    }

    /**
     * A local minimum of {@code f} found downhill from {@code start} and {@code next}.
     *
     * @throws ArithmeticException when no bracket with a finite value is found
     */
    public static double minimize(DoubleUnaryOperator f, double start, double next) {
        double[] b = bracket(f, start, next);
        return search(f, b[0], b[1], b[2], b[3]);
    }

    /**
     * Points a, b, c with f(b) no greater than f(a) or f(c), returned as {a, b, c, f(b)}: from the two
     * starting points, steps downhill growing by the golden ratio or by parabolic extrapolation.
     */
    private static double[] bracket(DoubleUnaryOperator f, double a, double b) {
        double fa = f.applyAsDouble(a);
        double fb = f.applyAsDouble(b);
        if (fa < fb) {
            double t = a;
            a = b;
            b = t;
            t = fa;
            fa = fb;
            fb = t;
        }
        double c = b + GOLDEN * (b - a);
        double fc = f.applyAsDouble(c);
        int steps = 0;
        while (fc < fb) {
            double r = (b - a) * (fb - fc);
            double q = (b - c) * (fb - fa);
            double d = q - r;
            double denominator = Math.abs(d) < TINY_DENOMINATOR ? 2 * TINY_DENOMINATOR : 2 * d;
            double u = b - ((b - c) * q - (b - a) * r) / denominator;
            double limit = b + GROW_LIMIT * (c - b);
            if (++steps > MAX_BRACKET_STEPS) {
                throw new ArithmeticException("no minimum found: the function keeps decreasing past " + c);
            }
            double fu;
            if ((u - c) * (b - u) > 0) {
                // the parabola's minimum lies between b and c
                fu = f.applyAsDouble(u);
                if (fu < fc) {
                    return checked(b, u, c, fu);
                }
                if (fu > fb) {
                    return checked(a, b, u, fb);
                }
                u = c + GOLDEN * (c - b);
                fu = f.applyAsDouble(u);
            } else if ((u - limit) * (limit - c) >= 0) {
                u = limit;
                fu = f.applyAsDouble(u);
            } else if ((u - limit) * (c - u) > 0) {
                fu = f.applyAsDouble(u);
                if (fu < fc) {
                    b = c;
                    c = u;
                    u = c + GOLDEN * (c - b);
                    fb = fc;
                    fc = fu;
                    fu = f.applyAsDouble(u);
                }
            } else {
                u = c + GOLDEN * (c - b);
                fu = f.applyAsDouble(u);
            }
            a = b;
            b = c;
            c = u;
            fa = fb;
            fb = fc;
            fc = fu;
        }
        return checked(a, b, c, fb);
    }

    private static double[] checked(double a, double b, double c, double fb) {
        if (!Double.isFinite(fb) || !Double.isFinite(a) || !Double.isFinite(c)) {
            throw new ArithmeticException("no minimum found: no finite value of the function near " + b);
        }
        return new double[] {a, b, c, fb};
    }

    /** Brent's search inside the bracket (a, c) around b, where f(b) = fb. */
    private static double search(DoubleUnaryOperator f, double a, double b, double c, double fb) {
        double lo = Math.min(a, c);
        double hi = Math.max(a, c);
        double x = b;
        double w = b;
        double v = b;
        double fx = fb;
        double fw = fb;
        double fv = fb;
        double previousStep = 0;
        double step = 0;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double tol1 = TOLERANCE * Math.abs(x) + MIN_TOLERANCE;
            double tol2 = 2 * tol1;
            double mid = 0.5 * (lo + hi);
            if (Math.abs(x - mid) < tol2 - 0.5 * (hi - lo)) {
                break;
            }
            boolean golden = true;
            if (Math.abs(previousStep) > tol1) {
                double r = (x - w) * (fx - fv);
                double q = (x - v) * (fx - fw);
                double p = (x - v) * q - (x - w) * r;
                q = 2 * (q - r);
                if (q > 0) {
                    p = -p;
                }
                q = Math.abs(q);
                double beforeLast = previousStep;
                previousStep = step;
                if (p > q * (lo - x) && p < q * (hi - x) && Math.abs(p) < Math.abs(0.5 * q * beforeLast)) {
                    golden = false;
                    step = p / q;
                    double u = x + step;
                    if (u - lo < tol2 || hi - u < tol2) {
                        step = mid - x >= 0 ? tol1 : -tol1;
                    }
                }
            }
            if (golden) {
                previousStep = x >= mid ? lo - x : hi - x;
                step = GOLDEN_SECTION * previousStep;
            }
            double u = Math.abs(step) < tol1 ? x + (step >= 0 ? tol1 : -tol1) : x + step;
            double fu = f.applyAsDouble(u);
            if (fu > fx) {
                if (u < x) {
                    lo = u;
                } else {
                    hi = u;
                }
                if (fu <= fw || w == x) {
                    v = w;
                    fv = fw;
                    w = u;
                    fw = fu;
                } else if (fu <= fv || v == x || v == w) {
                    v = u;
                    fv = fu;
                }
            } else {
                if (u >= x) {
                    lo = x;
                } else {
                    hi = x;
                }
                v = w;
                fv = fw;
                w = x;
                fw = fx;
                x = u;
                fx = fu;
            }
        }
        return x;
    }
}
