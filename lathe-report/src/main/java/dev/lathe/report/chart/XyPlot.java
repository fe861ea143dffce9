package dev.lathe.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A chart of lines, points, shaded bands and reference lines on two numeric axes, drawn by XChart in the
 * report theme. The specific charts ({@link ClassifierCurves}, {@link ScoreCurves},
 * {@link RegressionDiagnostics}, {@link HistogramChart}) are built on it; use it directly for other
 * line or point charts. Data series take the palette colours in the order they are added; reference lines
 * are dashed grey. Not thread-safe; build one per chart.
 */
public final class XyPlot {

    private final XYChart chart;
    private final String title;
    private int colorIndex;
    private int hidden;
    private double minX = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;

    private XyPlot(String title, String xLabel, String yLabel, int width, int height) {
        this.title = title;
        Headless.ensure();
        chart = new XYChart(width, height);
        chart.setXAxisTitle(xLabel);
        chart.setYAxisTitle(yLabel);
        ChartTheme.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
    }

    /**
     * An empty plot of the default size (560 x 360 pixels).
     *
     * @param title  read by screen readers (the report shows its own caption)
     * @param xLabel title of the horizontal axis
     * @param yLabel title of the vertical axis
     */
    public static XyPlot of(String title, String xLabel, String yLabel) {
        return sized(title, xLabel, yLabel, ChartTheme.WIDTH, ChartTheme.HEIGHT);
    }

    /** An empty plot of {@code width} x {@code height} pixels (each at least 100); see {@link #of}. */
    public static XyPlot sized(String title, String xLabel, String yLabel, int width, int height) {
        if (width < 100 || height < 100) {
            throw new IllegalArgumentException("a chart needs at least 100 x 100 pixels, got " + width + "x" + height);
        }
        return new XyPlot(title, xLabel, yLabel, width, height);
    }

    /** Adds a solid line through the points, named in the legend, in the next palette colour. */
    public XyPlot line(String name, double[] x, double[] y) {
        XYSeries s = add(name, x, y, XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineWidth(2f);
        return this;
    }

    /** Adds a line with a round marker at each point (for few points, such as calibration bins). */
    public XyPlot lineWithMarkers(String name, double[] x, double[] y) {
        XYSeries s = add(name, x, y, XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setLineWidth(2f);
        return this;
    }

    /**
     * Adds a line with a shaded band from {@code lower} to {@code upper} around it in the same colour
     * (for example mean score plus or minus one standard deviation).
     */
    public XyPlot lineWithBand(String name, double[] x, double[] y, double[] lower, double[] upper) {
        checkLengths(x, lower, "lower");
        checkLengths(x, upper, "upper");
        int n = x.length;
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        for (int i = 0; i < n; i++) {
            px[i] = x[i];
            py[i] = upper[i];
            px[2 * n - 1 - i] = x[i];
            py[2 * n - 1 - i] = lower[i];
        }
        String color = ChartTheme.color(colorIndex);
        XYSeries band = chart.addSeries(hiddenName(), px, py);
        band.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        band.setFillColor(ChartTheme.awt(color, 0.18));
        band.setLineColor(ChartTheme.awt(color, 0));
        band.setMarker(SeriesMarkers.NONE);
        band.setShowInLegend(false);
        return line(name, x, y);
    }

    /** Adds points without a line (scatter), semi-transparent so that dense regions show. */
    public XyPlot points(String name, double[] x, double[] y) {
        XYSeries s = add(name, x, y, XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(ChartTheme.awt(ChartTheme.color(colorIndex - 1), 0.55));
        return this;
    }

    /**
     * Adds filled shapes: the polygon through the points, closed and filled in the next palette colour, its
     * edges drawn white (a histogram's bars, for example); not in the legend.
     */
    public XyPlot filled(double[] x, double[] y) {
        checkLengths(x, y, "y");
        String color = ChartTheme.color(colorIndex++);
        XYSeries s = chart.addSeries(hiddenName(), x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        s.setFillColor(ChartTheme.awt(color, 0.75));
        s.setMarker(SeriesMarkers.NONE);
        s.setShowInLegend(false);
        XYSeries edges = chart.addSeries(hiddenName(), x, y);
        edges.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        edges.setLineColor(Color.WHITE);
        edges.setLineWidth(1f);
        edges.setMarker(SeriesMarkers.NONE);
        edges.setShowInLegend(false);
        return this;
    }

    /**
     * Adds a dashed grey reference line (diagonal, zero line, baseline), named in the legend unless
     * {@code name} is null.
     */
    public XyPlot reference(String name, double[] x, double[] y) {
        checkLengths(x, y, "y");
        XYSeries s = chart.addSeries(name == null ? hiddenName() : name, x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(Color.decode(ChartTheme.REFERENCE));
        s.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        s.setShowInLegend(name != null);
        return this;
    }

    /** Fixes the horizontal axis to {@code [min, max]} instead of fitting the data. */
    public XyPlot xRange(double min, double max) {
        chart.getStyler().setXAxisMin(min);
        chart.getStyler().setXAxisMax(max);
        return this;
    }

    /** Fixes the vertical axis to {@code [min, max]} instead of fitting the data. */
    public XyPlot yRange(double min, double max) {
        chart.getStyler().setYAxisMin(min);
        chart.getStyler().setYAxisMax(max);
        return this;
    }

    /** Draws the horizontal axis on a base-10 logarithmic scale (all x values must be positive). */
    public XyPlot logX() {
        chart.getStyler().setXAxisLogarithmic(true);
        // XChart ignores the logarithmic scale's own ticks when a label formatter is set
        chart.getStyler().setxAxisTickLabelsFormattingFunction(null);
        return this;
    }

    /** Shows the legend of the named series, inside the plot at the given corner. */
    public XyPlot legend(Corner corner) {
        chart.getStyler().setLegendVisible(true);
        chart.getStyler().setLegendPosition(corner.position);
        return this;
    }

    /** The chart as inline SVG. */
    public Svg render() {
        if (maxX > minX) {
            // XChart puts the ticks on the data's own x values when these are equally spaced (histogram edges,
            // quantile grids), which gives steps such as 0.36; one invisible point off that grid keeps the
            // ticks on round numbers.
            XYSeries offGrid = chart.addSeries(hiddenName(), new double[] {minX + (maxX - minX) / Math.PI},
                    new double[] {Double.NaN});
            offGrid.setMarker(SeriesMarkers.NONE);
            offGrid.setShowInLegend(false);
        }
        return XChartSvg.render(chart, title);
    }

    private XYSeries add(String name, double[] x, double[] y, XYSeriesRenderStyle style) {
        checkLengths(x, y, "y");
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(style);
        s.setLineColor(Color.decode(ChartTheme.color(colorIndex)));
        s.setMarkerColor(Color.decode(ChartTheme.color(colorIndex)));
        colorIndex++;
        return s;
    }

    private String hiddenName() {
        return "\u200b" + (hidden++);
    }

    private void track(double[] x) {
        for (double v : x) {
            if (Double.isFinite(v)) {
                minX = Math.min(minX, v);
                maxX = Math.max(maxX, v);
            }
        }
    }

    private void checkLengths(double[] x, double[] other, String name) {
        if (x.length != other.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but " + name + " has " + other.length);
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("a series needs at least one point");
        }
        track(x);
    }

    /** Where the legend sits inside the plot. */
    public enum Corner {
        /** Top right. */
        TOP_RIGHT(LegendPosition.InsideNE),
        /** Top left. */
        TOP_LEFT(LegendPosition.InsideNW),
        /** Bottom right. */
        BOTTOM_RIGHT(LegendPosition.InsideSE),
        /** Bottom left. */
        BOTTOM_LEFT(LegendPosition.InsideSW);

        private final LegendPosition position;

        Corner(LegendPosition position) {
            this.position = position;
        }
    }
}
