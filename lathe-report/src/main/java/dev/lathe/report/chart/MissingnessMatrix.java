package dev.lathe.report.chart;

import dev.lathe.report.Numbers;
import dev.lathe.report.chart.SvgCanvas.Anchor;
import java.util.List;

/**
 * Where values are missing: one vertical strip per column, rows from top (first) to bottom (last), missing
 * cells dark and present cells light, with each column's share missing above its strip. Rows are grouped
 * into at most {@value #MAX_BANDS} bands so that large data stays small; a band is shaded by the share of its
 * rows that are missing (any missing value shows).
 */
public final class MissingnessMatrix {

    static final int MAX_BANDS = 150;
    static final String PRESENT = "#E8ECF2";
    static final String MISSING = "#1F2A44";
    private static final double PLOT_HEIGHT = 300;
    private static final int MAX_LABEL_CHARS = 18;

    private MissingnessMatrix() {
    }

    /**
     * The missingness matrix of {@code missing[column][row]}.
     *
     * @param title   read by screen readers
     * @param columns column names, one per entry of {@code missing}, at least one
     * @param missing per column, true where the row's value is missing; every column has the same row count
     */
    public static Svg of(String title, List<String> columns, boolean[][] missing) {
        if (columns.isEmpty() || missing.length != columns.size()) {
            throw new IllegalArgumentException("need one missing-flag array per column, got " + missing.length
                    + " arrays for " + columns.size() + " columns");
        }
        int rows = missing[0].length;
        for (int c = 0; c < missing.length; c++) {
            if (missing[c].length != rows) {
                throw new IllegalArgumentException("column " + columns.get(c) + " has " + missing[c].length
                        + " rows, the first has " + rows);
            }
        }
        int bands = Math.max(1, Math.min(rows, MAX_BANDS));
        double[][] shares = new double[missing.length][];
        double[] columnShares = new double[missing.length];
        for (int c = 0; c < missing.length; c++) {
            shares[c] = bandShares(missing[c], bands);
            long count = 0;
            for (boolean m : missing[c]) {
                count += m ? 1 : 0;
            }
            columnShares[c] = rows == 0 ? 0 : count / (double) rows;
        }
        return ofBands(title, columns, rows, shares, columnShares);
    }

    /**
     * The missingness matrix from shares already computed per band of rows (for data too large to pass one
     * flag per cell), drawn as {@link #of}.
     *
     * @param title        read by screen readers
     * @param columns      column names, at least one
     * @param rows         rows of the data
     * @param bandShares   per column, the missing share in each of B bands (the same B for every column, at most
     *                     {@code rows} when there are rows), band {@code b} holding rows {@code floor(b rows / B)}
     *                     up to {@code floor((b + 1) rows / B)}
     * @param columnShares per column, the missing share of all rows
     */
    public static Svg ofBands(String title, List<String> columns, int rows, double[][] bandShares,
                              double[] columnShares) {
        if (columns.isEmpty() || bandShares.length != columns.size() || columnShares.length != columns.size()) {
            throw new IllegalArgumentException("need one band-share array and one share per column, got "
                    + bandShares.length + " arrays and " + columnShares.length + " shares for " + columns.size()
                    + " columns");
        }
        int bands = bandShares[0].length;
        for (int c = 0; c < bandShares.length; c++) {
            if (bandShares[c].length != bands || bands == 0) {
                throw new IllegalArgumentException("column " + columns.get(c) + " has " + bandShares[c].length
                        + " bands, the first has " + bands + " (at least one)");
            }
        }
        double labelHeight = 0;
        for (String name : columns) {
            labelHeight = Math.max(labelHeight, SvgCanvas.textWidth(SvgCanvas.shorten(name, MAX_LABEL_CHARS),
                    ChartTheme.FONT_SIZE) * Math.sin(Math.toRadians(45)));
        }
        double left = 56;
        double top = labelHeight + 40;
        double strip = Math.max(8, Math.min(48, (ChartTheme.WIDTH + 200 - left - 16) / columns.size()));
        int width = (int) Math.ceil(Math.max(left + strip * columns.size() + 16 + labelHeight, 240));
        int height = (int) Math.ceil(top + PLOT_HEIGHT + 12);
        SvgCanvas svg = new SvgCanvas(width, height, title);
        double bandHeight = PLOT_HEIGHT / bands;
        for (int c = 0; c < columns.size(); c++) {
            double x = left + c * strip;
            double[] share = bandShares[c];
            String name = columns.get(c);
            svg.text(x + strip / 2 + 4, labelHeight + 10, SvgCanvas.shorten(name, MAX_LABEL_CHARS), Anchor.START,
                    ChartTheme.FONT_SIZE, ChartTheme.TEXT, -45, name);
            svg.text(x + strip / 2, top - 8, rows == 0 ? "" : Numbers.percent(columnShares[c]), Anchor.MIDDLE,
                    10, ChartTheme.MUTED);
            int b = 0;
            while (b < bands) {
                int end = b + 1;
                while (end < bands && share[end] == share[b]) {
                    end++;
                }
                svg.rect(x + 0.5, top + b * bandHeight, strip - 1, (end - b) * bandHeight, shade(share[b]),
                        share[b] == 0 ? null : name + ": " + Numbers.percent(share[b]) + " missing in rows "
                                + (firstRow(b, bands, rows) + 1) + "\u2013" + firstRow(end, bands, rows));
                b = end;
            }
        }
        svg.text(left - 8, top + 10, "1", Anchor.END, 11, ChartTheme.MUTED);
        svg.text(left - 8, top + PLOT_HEIGHT, Numbers.format(rows), Anchor.END, 11, ChartTheme.MUTED);
        svg.text(14, top + PLOT_HEIGHT / 2, "row", Anchor.MIDDLE, ChartTheme.FONT_SIZE, ChartTheme.TEXT, -90, null);
        return svg.toSvg();
    }

    /** Share of missing rows in each of {@code bands} consecutive, nearly equal groups of rows. */
    private static double[] bandShares(boolean[] missing, int bands) {
        double[] share = new double[bands];
        int rows = missing.length;
        for (int b = 0; b < bands && rows > 0; b++) {
            int from = firstRow(b, bands, rows);
            int to = firstRow(b + 1, bands, rows);
            int n = 0;
            for (int r = from; r < to; r++) {
                n += missing[r] ? 1 : 0;
            }
            share[b] = n / (double) (to - from);
        }
        return share;
    }

    private static int firstRow(int band, int bands, int rows) {
        return (int) ((long) band * rows / bands);
    }

    /** Present colour for 0, missing colour for 1, and at least a third of the way to dark for any missing. */
    private static String shade(double share) {
        if (share == 0) {
            return PRESENT;
        }
        return Colors.mix(PRESENT, MISSING, 0.35 + 0.65 * share);
    }
}
