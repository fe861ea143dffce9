package dev.lathe.report.chart;

import dev.lathe.report.Numbers;
import dev.lathe.report.chart.SvgCanvas.Anchor;
import java.util.List;

/**
 * A matrix as coloured cells with a colour bar, on one of two {@link Colouring}s: diverging for values in
 * [-1, 1] (correlations: blue for -1, white for 0, red for 1), or sequential for counts (a confusion matrix:
 * white for 0 to dark blue for the largest). Values are printed in the cells when the matrix is small enough to
 * read them; every cell shows its row, column and value on hover. Missing values (NaN) are grey.
 */
public final class Heatmap {

    /** How values map to colours. */
    public enum Colouring {
        /** -1 blue, 0 white, 1 red (ColorBrewer RdBu); values printed with two decimals. */
        DIVERGING(SCALE),
        /** 0 white to the largest value dark blue (ColorBrewer Blues); values printed as numbers (counts whole). */
        SEQUENTIAL(new String[] {"#F7FBFF", "#C6DBEF", "#6BAED6", "#2171B5", "#08306B"});

        private final String[] stops;

        Colouring(String[] stops) {
            this.stops = stops;
        }
    }

    /** Diverging scale from -1 to 1 (ColorBrewer RdBu, five classes). */
    static final String[] SCALE = {"#2166AC", "#92C5DE", "#F7F7F7", "#F4A582", "#B2182B"};
    static final String MISSING = "#D9D9D9";
    /** Cells at least this large (pixels) show their value. */
    static final double MIN_CELL_FOR_VALUES = 30;
    private static final double MAX_CELL = 56;
    private static final int MAX_LABEL_CHARS = 20;

    private Heatmap() {
    }

    /**
     * A heatmap of {@code values[row][column]}.
     *
     * @param title   read by screen readers
     * @param rows    row labels, one per row of {@code values}
     * @param columns column labels, one per column of {@code values}
     * @param values  the matrix; finite values outside [-1, 1] are drawn as the end colours, NaN as missing
     */
    public static Svg of(String title, List<String> rows, List<String> columns, double[][] values) {
        return of(title, rows, columns, values, Colouring.DIVERGING);
    }

    /**
     * A heatmap of {@code values[row][column]} on the chosen colouring.
     *
     * @param colouring {@link Colouring#DIVERGING} (as {@link #of(String, List, List, double[][])}) or
     *                  {@link Colouring#SEQUENTIAL}: from 0 to the largest finite value (1 when none is positive);
     *                  negative values take the lightest colour
     * @see #of(String, List, List, double[][]) for the other parameters
     */
    public static Svg of(String title, List<String> rows, List<String> columns, double[][] values,
                         Colouring colouring) {
        if (rows.isEmpty() || columns.isEmpty() || values.length != rows.size()) {
            throw new IllegalArgumentException("a heatmap needs at least one row and column and one label per row, got "
                    + rows.size() + " row labels for " + values.length + " rows");
        }
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != columns.size()) {
                throw new IllegalArgumentException("row " + r + " has " + values[r].length + " values but there are "
                        + columns.size() + " column labels");
            }
        }
        double rowLabels = maxWidth(rows);
        double columnLabels = maxWidth(columns) * Math.sin(Math.toRadians(45)) + 10;
        int legendWidth = 70;
        double left = 12 + rowLabels + 8;
        double cell = Math.min(MAX_CELL, (ChartTheme.WIDTH + 200 - left - legendWidth) / columns.size());
        double top = 12;
        double bottom = top + cell * rows.size();
        int width = (int) Math.ceil(left + cell * columns.size() + legendWidth);
        int height = (int) Math.ceil(bottom + columnLabels + 12);
        boolean printValues = cell >= MIN_CELL_FOR_VALUES;
        double low = colouring == Colouring.DIVERGING ? -1 : 0;
        double high = colouring == Colouring.DIVERGING ? 1 : largest(values);
        SvgCanvas svg = new SvgCanvas(width, Math.max(height, (int) (top + 200)), title);
        for (int r = 0; r < rows.size(); r++) {
            double y = top + r * cell;
            svg.text(left - 8, y + cell / 2 + 4, SvgCanvas.shorten(rows.get(r), MAX_LABEL_CHARS), Anchor.END,
                    ChartTheme.FONT_SIZE, ChartTheme.TEXT, 0, rows.get(r));
            for (int c = 0; c < columns.size(); c++) {
                double v = values[r][c];
                double x = left + c * cell;
                double t = position(v, low, high);
                svg.rect(x + 0.5, y + 0.5, cell - 1, cell - 1, color(t, colouring.stops),
                        rows.get(r) + " \u00d7 " + columns.get(c) + ": " + Numbers.format(v));
                if (printValues && !Double.isNaN(v)) {
                    boolean dark = colouring == Colouring.DIVERGING ? Math.abs(t - 0.5) > 0.3 : t > 0.6;
                    svg.text(x + cell / 2, y + cell / 2 + 4, colouring == Colouring.DIVERGING ? cellText(v)
                            : Numbers.format(v), Anchor.MIDDLE, 11, dark ? "#FFFFFF" : ChartTheme.TEXT);
                }
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            double x = left + c * cell + cell / 2;
            svg.text(x + 4, bottom + 10, SvgCanvas.shorten(columns.get(c), MAX_LABEL_CHARS), Anchor.END,
                    ChartTheme.FONT_SIZE, ChartTheme.TEXT, -45, columns.get(c));
        }
        legend(svg, left + cell * columns.size() + 20, top, low, high, colouring.stops);
        return svg.toSvg();
    }

    /** The diverging colour of {@code value}: linear between the scale's five stops, clamped to [-1, 1]. */
    static String color(double value) {
        return color(position(value, -1, 1), SCALE);
    }

    /** Where {@code value} sits between {@code low} (0) and {@code high} (1), clamped; NaN stays NaN. */
    private static double position(double value, double low, double high) {
        return Double.isNaN(value) ? value : (Math.max(low, Math.min(high, value)) - low) / (high - low);
    }

    /** The colour at position {@code t} in [0, 1] of {@code stops}, linear between them; grey for NaN. */
    private static String color(double t, String[] stops) {
        if (Double.isNaN(t)) {
            return MISSING;
        }
        double position = t * (stops.length - 1);
        int low = Math.min((int) Math.floor(position), stops.length - 2);
        return Colors.mix(stops[low], stops[low + 1], position - low);
    }

    /** The largest finite value, 1 when none is positive. */
    private static double largest(double[][] values) {
        double max = 0;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        return max > 0 ? max : 1;
    }

    private static void legend(SvgCanvas svg, double x, double top, double low, double high, String[] stops) {
        double h = 160;
        svg.verticalGradient("scale", stops);
        svg.rect(x, top, 14, h, "url(#scale)", null);
        for (int i = 0; i <= 4; i++) {
            double v = low + i * (high - low) / 4;
            double y = top + h - i * h / 4;
            svg.line(x + 14, y, x + 18, y, ChartTheme.MUTED, 1);
            svg.text(x + 22, y + 4, Numbers.format(v), Anchor.START, 11, ChartTheme.MUTED);
        }
    }

    private static String cellText(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v).replace("-0.00", "0.00");
    }

    private static double maxWidth(List<String> labels) {
        double w = 0;
        for (String l : labels) {
            w = Math.max(w, SvgCanvas.textWidth(SvgCanvas.shorten(l, MAX_LABEL_CHARS), ChartTheme.FONT_SIZE));
        }
        return w;
    }
}
