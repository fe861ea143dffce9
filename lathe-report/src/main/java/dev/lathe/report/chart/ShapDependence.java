package dev.lathe.report.chart;

import dev.lathe.report.Numbers;

/**
 * The SHAP dependence plot of one feature: its SHAP value against its value, one dot per row, coloured by
 * another feature's value (usually the one it interacts with most), which shows where the feature's effect
 * depends on that other feature.
 */
public final class ShapDependence {

    private ShapDependence() {
    }

    /**
     * The plot.
     *
     * @param title        read by screen readers
     * @param feature      the feature's name
     * @param values       its value per row (NaN rows are left out)
     * @param shap         its SHAP value per row
     * @param colourFeature the colouring feature's name, or null for one colour
     * @param colour       the colouring feature's value per row (ignored when {@code colourFeature} is null)
     */
    public static Svg of(String title, String feature, double[] values, double[] shap, String colourFeature,
                         double[] colour) {
        if (values.length != shap.length || values.length == 0
                || (colourFeature != null && colour.length != values.length)) {
            throw new IllegalArgumentException("a dependence plot needs as many values, SHAP values and colours, "
                    + "at least one; got " + values.length + ", " + shap.length + " and "
                    + (colourFeature == null ? "no colours" : colour.length + " colours"));
        }
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = 0;
        double yMax = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                xMin = Math.min(xMin, values[i]);
                xMax = Math.max(xMax, values[i]);
                yMin = Math.min(yMin, shap[i]);
                yMax = Math.max(yMax, shap[i]);
            }
        }
        if (xMin > xMax) {
            throw new IllegalArgumentException("feature '" + feature + "' has no numeric values to plot");
        }
        int width = ChartTheme.WIDTH;
        int height = ChartTheme.HEIGHT;
        double left = 64;
        double right = width - 20;
        double top = 40;
        double bottom = height - 52;
        SvgCanvas svg = new SvgCanvas(width, height, title);
        double[] xt = Ticks.covering(xMin, xMax, 6);
        double[] yt = Ticks.covering(yMin, yMax, 6);
        Scale x = new Scale(xt[0], xt[xt.length - 1], left, right);
        Scale y = new Scale(yt[0], yt[yt.length - 1], bottom, top);
        for (double t : yt) {
            svg.line(left, y.at(t), right, y.at(t), t == 0 ? ChartTheme.REFERENCE : ChartTheme.GRID, 1);
            svg.text(left - 6, y.at(t) + 4, Numbers.format(t), SvgCanvas.Anchor.END, 11, ChartTheme.MUTED);
        }
        svg.text(16, (top + bottom) / 2, "SHAP value of " + SvgCanvas.shorten(feature, 30), SvgCanvas.Anchor.MIDDLE,
                ChartTheme.FONT_SIZE, ChartTheme.TEXT, -90, null);
        String[] colours = colourFeature == null ? null : ShapColors.of(colour);
        if (colourFeature != null) {
            ShapColors.legend(svg, right, 14, colourFeature);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                svg.dot(x.at(values[i]), y.at(shap[i]), 2.6, colours == null ? ChartTheme.color(0) : colours[i], 0.8,
                        null);
            }
        }
        ShapColors.axis(svg, x, xt, bottom + 4, SvgCanvas.shorten(feature, 60));
        return svg.toSvg();
    }
}
