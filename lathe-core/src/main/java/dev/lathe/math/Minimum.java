package dev.lathe.math;

/**
 * What a minimiser found.
 *
 * @param x          the best point
 * @param value      the objective at {@code x}
 * @param iterations iterations taken
 * @param converged  whether the stopping tolerance was met (false: iteration limit or no further progress
 *                   possible before the tolerance was met)
 */
public record Minimum(double[] x, double value, int iterations, boolean converged) {

    public Minimum {
        x = x.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }
}
