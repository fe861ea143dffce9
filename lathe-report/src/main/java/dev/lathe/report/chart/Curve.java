package dev.lathe.report.chart;

/**
 * One named curve of a chart: points {@code (x[i], y[i])} in order.
 *
 * @param name shown in the legend, for example {@code "logistic (AUC 0.91)"}
 * @param x    horizontal coordinates
 * @param y    vertical coordinates, as many as {@code x}
 */
public record Curve(String name, double[] x, double[] y) {

    /** Checks the lengths and copies the arrays. */
    public Curve {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("curve " + name + " needs as many y as x values and at least one, got "
                    + x.length + " and " + y.length);
        }
        x = x.clone();
        y = y.clone();
    }

    /** The horizontal coordinates (a copy). */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** The vertical coordinates (a copy). */
    @Override
    public double[] y() {
        return y.clone();
    }
}
