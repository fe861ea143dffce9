package dev.lathe.math;

import dev.lathe.param.Check;

/**
 * Accelerated proximal gradient (FISTA, Beck and Teboulle 2009) for min f(x) + h(x), f convex and smooth,
 * h convex with a cheap proximal operator (an L1 penalty): backtracking on the Lipschitz estimate L until
 * (grad f(z) - grad f(y)) . (z - y) <= L ||z - y||^2 (the descent test of the local quadratic model, written
 * with gradients so that it has no cancellation near the optimum) and a restart of the momentum
 * whenever the step turns against it (the gradient scheme of O'Donoghue and Candes 2015, which needs no
 * function values and so no differences of nearly equal ones). Stops when the largest entry of the
 * gradient mapping L (y - prox(y - grad f(y) / L)), the composite analogue of the gradient, is at most
 * the tolerance.
 *
 * @param maxIterations iteration limit, at least 1
 * @param tolerance     stop when max |gradient mapping entry| is at most this, greater than 0
 */
public record ProximalGradient(int maxIterations, double tolerance) {

    public ProximalGradient {
        Check.atLeast("max_iter", maxIterations, 1);
        Check.positive("tol", tolerance);
    }

    /** The non-smooth part h: its value and its proximal operator. */
    public interface NonSmoothTerm {

        /** h(x). */
        double value(double[] x);

        /** Replaces {@code x} by argmin_z h(z) + ||z - x||^2 / (2 step). */
        void proximal(double[] x, double step);
    }

    /** Minimises {@code smooth + nonSmooth} starting from {@code start} (not changed). */
    public Minimum minimize(DifferentiableFunction smooth, NonSmoothTerm nonSmooth, double[] start) {
        int n = start.length;
        double[] x = start.clone();
        double[] y = start.clone();
        double[] z = new double[n];
        double[] gy = new double[n];
        double[] gz = new double[n];
        double lipschitz = 1;
        double t = 1;
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            smooth.valueAndGradient(y, gy);
            double fz;
            while (true) {
                for (int i = 0; i < n; i++) {
                    z[i] = y[i] - gy[i] / lipschitz;
                }
                nonSmooth.proximal(z, 1 / lipschitz);
                fz = smooth.valueAndGradient(z, gz);
                double curvature = 0;
                double squared = 0;
                for (int i = 0; i < n; i++) {
                    double d = z[i] - y[i];
                    curvature += (gz[i] - gy[i]) * d;
                    squared += d * d;
                }
                if (curvature <= lipschitz * squared) {
                    break;
                }
                lipschitz *= 2;
            }
            double mapping = 0;
            double turn = 0;
            for (int i = 0; i < n; i++) {
                mapping = Math.max(mapping, lipschitz * Math.abs(y[i] - z[i]));
                turn += (y[i] - z[i]) * (z[i] - x[i]);
            }
            if (mapping <= tolerance) {
                return new Minimum(z, fz + nonSmooth.value(z), iteration, true);
            }
            if (turn > 0) {
                t = 1;
            }
            double next = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
            double momentum = (t - 1) / next;
            for (int i = 0; i < n; i++) {
                y[i] = z[i] + momentum * (z[i] - x[i]);
                x[i] = z[i];
            }
            t = next;
        }
        return new Minimum(x, smooth.valueAndGradient(x, gz) + nonSmooth.value(x), maxIterations, false);
    }
}
