package dev.lathe.stats.distribution;

/**
 * Points of a curve: a density on a grid, or the steps of an empirical distribution function.
 *
 * @param x abscissae, ascending
 * @param y the curve's value at each
 */
public record Curve(double[] x, double[] y) {

    /** Copies the arrays. */
    public Curve {
        x = x.clone();
        y = y.clone();
    }

    /** The abscissae (a copy). */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** The values (a copy). */
    @Override
    public double[] y() {
        return y.clone();
    }
}
