package dev.lathe.report.chart;

/** Diagnostics of a regression model's errors: residuals against fitted values, and a normal Q-Q plot. */
public final class RegressionDiagnostics {

    private RegressionDiagnostics() {
    }

    /**
     * Residuals against fitted values with the zero line; a pattern or a funnel shape shows a missed
     * non-linearity or non-constant variance.
     *
     * @param fitted    predicted values
     * @param residuals observed minus predicted, one per fitted value
     */
    public static Svg residuals(String title, double[] fitted, double[] residuals) {
        double[] range = range(fitted);
        return XyPlot.of(title, "fitted value", "residual")
                .points("residuals", fitted, residuals)
                .reference(null, range, new double[] {0, 0})
                .render();
    }

    /**
     * A Q-Q plot: sample quantiles against theoretical quantiles with a reference line
     * {@code y = intercept + slope x} (for a normal reference, often through the quartiles).
     *
     * @param theoretical theoretical quantiles, increasing
     * @param sample      sorted sample quantiles, one per theoretical quantile
     */
    public static Svg qq(String title, double[] theoretical, double[] sample, double intercept, double slope) {
        double[] range = range(theoretical);
        return XyPlot.of(title, "theoretical quantile", "sample quantile")
                .points("sample", theoretical, sample)
                .reference(null, range, new double[] {intercept + slope * range[0], intercept + slope * range[1]})
                .render();
    }

    private static double[] range(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            throw new IllegalArgumentException("need at least one finite value");
        }
        return new double[] {min, max};
    }
}
