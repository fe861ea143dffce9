package dev.lathe.math;

import dev.lathe.param.Check;

/**
 * Limited-memory BFGS (Nocedal 1980; Liu and Nocedal 1989) for smooth unconstrained minimisation: the last
 * {@value #MEMORY} steps and gradient changes approximate the inverse Hessian (two-loop recursion), and a
 * strong Wolfe line search keeps the approximation positive definite. Stops, as scikit-learn's lbfgs
 * solver does through scipy's L-BFGS-B, when the largest gradient entry (the projected gradient, there
 * being no bounds) is at most the tolerance. Unlike scipy it has no stop on a small relative decrease of
 * the function, which would end the search at a gradient of about the square root of machine precision;
 * it ends unconverged when no step along steepest descent decreases the function any more.
 *
 * @param maxIterations     iteration limit, at least 1
 * @param gradientTolerance stop when max |gradient entry| is at most this, greater than 0
 */
public record Lbfgs(int maxIterations, double gradientTolerance) {

    /** Number of correction pairs kept (scipy's {@code maxcor} default). */
    public static final int MEMORY = 10;

    public Lbfgs {
        Check.atLeast("max_iter", maxIterations, 1);
        Check.positive("tol", gradientTolerance);
    }

    /** Minimises {@code f} starting from {@code start} (not changed). */
    public Minimum minimize(DifferentiableFunction f, double[] start) {
        int n = start.length;
        double[] x = start.clone();
        double[] g = new double[n];
        double fx = f.valueAndGradient(x, g);
        if (!Double.isFinite(fx)) {
            throw new IllegalArgumentException("the objective is not finite at the starting point: " + fx);
        }
        Memory memory = new Memory(n);
        WolfeLineSearch search = new WolfeLineSearch(f, n);
        double[] d = new double[n];
        int iteration = 0;
        while (maxAbs(g) > gradientTolerance) {
            if (iteration == maxIterations) {
                return new Minimum(x, fx, iteration, false);
            }
            memory.direction(g, d);
            double slope = dot(g, d);
            if (!(slope < 0)) {
                memory.clear();
                memory.direction(g, d);
                slope = dot(g, d);
            }
            double firstStep = memory.isEmpty() ? Math.min(1, 1 / Math.sqrt(dot(d, d))) : 1;
            double step = search.search(x, fx, slope, d, firstStep);
            if (step == 0) {
                if (memory.isEmpty()) {
                    return new Minimum(x, fx, iteration, false);
                }
                memory.clear();
                continue;
            }
            iteration++;
            memory.add(x, search.point(), g, search.gradient());
            System.arraycopy(search.point(), 0, x, 0, n);
            System.arraycopy(search.gradient(), 0, g, 0, n);
            fx = search.value();
        }
        return new Minimum(x, fx, iteration, true);
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /** The correction pairs (s, y) in a ring buffer and the two-loop recursion over them. */
    private static final class Memory {
        private final double[][] s = new double[MEMORY][];
        private final double[][] y = new double[MEMORY][];
        private final double[] rho = new double[MEMORY];
        private final double[] alpha = new double[MEMORY];
        private int count;
        private int newest = -1;

        Memory(int n) {
            for (int k = 0; k < MEMORY; k++) {
                s[k] = new double[n];
                y[k] = new double[n];
            }
        }

        boolean isEmpty() {
            return count == 0;
        }

        void clear() {
            count = 0;
            newest = -1;
        }

        /** Stores the pair for the step from x0 (gradient g0) to x1 (gradient g1) when its curvature is positive. */
        void add(double[] x0, double[] x1, double[] g0, double[] g1) {
            double sy = 0;
            double yy = 0;
            for (int i = 0; i < x0.length; i++) {
                double dy = g1[i] - g0[i];
                sy += (x1[i] - x0[i]) * dy;
                yy += dy * dy;
            }
            if (!(sy > Math.ulp(1.0) * yy)) {
                return;
            }
            int slot = (newest + 1) % MEMORY;
            for (int i = 0; i < x0.length; i++) {
                s[slot][i] = x1[i] - x0[i];
                y[slot][i] = g1[i] - g0[i];
            }
            rho[slot] = 1 / sy;
            newest = slot;
            count = Math.min(count + 1, MEMORY);
        }

        /** d = -H g with H the current inverse-Hessian approximation (the identity when empty). */
        void direction(double[] g, double[] d) {
            for (int i = 0; i < g.length; i++) {
                d[i] = -g[i];
            }
            if (count == 0) {
                return;
            }
            for (int k = 0, slot = newest; k < count; k++, slot = (slot + MEMORY - 1) % MEMORY) {
                alpha[slot] = rho[slot] * dot(s[slot], d);
                axpy(-alpha[slot], y[slot], d);
            }
            double gamma = 1 / (rho[newest] * dot(y[newest], y[newest]));
            for (int i = 0; i < d.length; i++) {
                d[i] *= gamma;
            }
            for (int k = 0, slot = (newest + MEMORY - count + 1) % MEMORY; k < count; k++, slot = (slot + 1) % MEMORY) {
                double beta = rho[slot] * dot(y[slot], d);
                axpy(alpha[slot] - beta, s[slot], d);
            }
        }

        private static void axpy(double a, double[] x, double[] y) {
            for (int i = 0; i < y.length; i++) {
                y[i] += a * x[i];
            }
        }
    }
}
