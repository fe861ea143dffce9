package dev.lathe.math;

/** A smooth function of a vector, evaluated together with its gradient (what {@link Lbfgs} minimises). */
@FunctionalInterface
public interface DifferentiableFunction {

    /**
     * The value at {@code x}, with the gradient written into {@code gradient}.
     *
     * @param x        the point; not changed
     * @param gradient receives the gradient, same length as {@code x}
     */
    double valueAndGradient(double[] x, double[] gradient);
}
