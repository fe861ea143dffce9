package dev.lathe.math;

/**
 * A line search for the strong Wolfe conditions (Nocedal and Wright, Numerical Optimization, 2nd ed.,
 * algorithms 3.5 and 3.6): expand the step until the minimum along the line is bracketed, then narrow
 * the bracket by safeguarded cubic interpolation. Non-finite function values count as too long a step.
 * Near the minimum, where decreases fall below the rounding error of the function value, sufficient
 * decrease is judged by Hager and Zhang's approximate Wolfe condition (SIAM J. Optim. 16, 2005), which
 * tests the same decrease on the quadratic model through slopes: slope(a) <= (2 c1 - 1) slope(0), with
 * the value at most a relative {@value #APPROXIMATE_SLACK} above the start.
 */
final class WolfeLineSearch {

    /** Sufficient decrease (Armijo) constant. */
    private static final double C1 = 1e-4;
    /** Curvature constant; 0.9 suits quasi-Newton directions. */
    private static final double C2 = 0.9;
    /** How far (relative) the value may rise when the approximate Wolfe condition accepts a step. */
    private static final double APPROXIMATE_SLACK = 1e-10;
    /** Function evaluations allowed per search (scikit-learn gives scipy's L-BFGS-B {@code maxls} 50). */
    private static final int MAX_EVALUATIONS = 50;

    private final DifferentiableFunction f;
    private final double[] point;
    private final double[] gradient;
    private double value;
    private int evaluations;

    private double[] x;
    private double[] d;
    private double f0;
    private double slope0;

    WolfeLineSearch(DifferentiableFunction f, int n) {
        this.f = f;
        this.point = new double[n];
        this.gradient = new double[n];
    }

    /**
     * Searches along {@code d} from {@code x}, where the function is {@code fx} with directional derivative
     * {@code slope} (negative), starting with step {@code firstStep}. Returns the accepted step, whose point,
     * value and gradient are then in {@link #point()}, {@link #value()} and {@link #gradient()}; a step that
     * gives sufficient decrease but not the curvature condition is accepted when the evaluations run out.
     * Returns 0 when no step decreased the function enough.
     */
    double search(double[] x, double fx, double slope, double[] d, double firstStep) {
        this.x = x;
        this.d = d;
        this.f0 = fx;
        this.slope0 = slope;
        this.evaluations = 0;
        double aPrev = 0;
        double fPrev = fx;
        double sPrev = slope;
        double a = firstStep;
        while (evaluations < MAX_EVALUATIONS) {
            double fa = evaluate(a);
            double sa = slope();
            if (!sufficientDecrease(a, fa, sa) || (aPrev > 0 && fa > fPrev)) {
                return zoom(aPrev, fPrev, sPrev, a, fa, sa);
            }
            if (Math.abs(sa) <= -C2 * slope0) {
                return a;
            }
            if (sa >= 0) {
                return zoom(a, fa, sa, aPrev, fPrev, sPrev);
            }
            aPrev = a;
            fPrev = fa;
            sPrev = sa;
            a *= 4;
        }
        return fallBack(aPrev);
    }

    /** Narrows [lo, hi] (lo: the lowest point with sufficient decrease so far) to a strong Wolfe step. */
    private double zoom(double lo, double fLo, double sLo, double hi, double fHi, double sHi) {
        while (evaluations < MAX_EVALUATIONS) {
            double width = Math.abs(hi - lo);
            if (width <= Math.ulp(Math.max(lo, hi)) * 4) {
                break;
            }
            double a = cubicMinimum(lo, fLo, sLo, hi, fHi, sHi);
            double left = Math.min(lo, hi) + 0.1 * width;
            double right = Math.max(lo, hi) - 0.1 * width;
            if (!(a >= left && a <= right)) {
                a = 0.5 * (lo + hi);
            }
            double fa = evaluate(a);
            double sa = slope();
            if (!sufficientDecrease(a, fa, sa) || fa > fLo) {
                hi = a;
                fHi = fa;
                sHi = sa;
            } else {
                if (Math.abs(sa) <= -C2 * slope0) {
                    return a;
                }
                if (sa * (hi - lo) >= 0) {
                    hi = lo;
                    fHi = fLo;
                    sHi = sLo;
                }
                lo = a;
                fLo = fa;
                sLo = sa;
            }
        }
        return fallBack(lo);
    }

    /** Ends a search that ran out of evaluations: the best step with sufficient decrease, or 0. */
    private double fallBack(double best) {
        if (best > 0) {
            evaluate(best);
        }
        return best;
    }

    /** Minimiser of the cubic through (a, fa, sa) and (b, fb, sb); NaN when it has none. */
    private static double cubicMinimum(double a, double fa, double sa, double b, double fb, double sb) {
        double d1 = sa + sb - 3 * (fa - fb) / (a - b);
        double d2 = Math.signum(b - a) * Math.sqrt(d1 * d1 - sa * sb);
        return b - (b - a) * (sb + d2 - d1) / (sb - sa + 2 * d2);
    }

    /** Armijo's condition, or its approximate (slope) form when the values differ by little more than rounding. */
    private boolean sufficientDecrease(double a, double fa, double sa) {
        return fa <= f0 + C1 * a * slope0
                || (fa <= f0 + APPROXIMATE_SLACK * Math.abs(f0) && sa <= (2 * C1 - 1) * slope0);
    }

    private double evaluate(double a) {
        for (int i = 0; i < point.length; i++) {
            point[i] = x[i] + a * d[i];
        }
        evaluations++;
        value = f.valueAndGradient(point, gradient);
        return value;
    }

    private double slope() {
        double s = 0;
        for (int i = 0; i < d.length; i++) {
            s += gradient[i] * d[i];
        }
        return s;
    }

    /** The last accepted point. */
    double[] point() {
        return point;
    }

    /** The gradient at {@link #point()}. */
    double[] gradient() {
        return gradient;
    }

    /** The function value at {@link #point()}. */
    double value() {
        return value;
    }
}
