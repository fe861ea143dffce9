package dev.lathe.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The one look of every chart: colours, fonts and spacing, applied to XChart stylers and used by the charts
 * written as SVG directly. White background, light horizontal and vertical grid, no plot border, muted axis
 * text, a colour-blind-safe palette (seaborn "deep").
 */
final class ChartTheme {

    /** Series colours, in order of use. */
    static final String[] PALETTE = {"#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860",
            "#DA8BC3", "#8C8C8C", "#CCB974", "#64B5CD"};
    /** Text of labels and titles. */
    static final String TEXT = "#333333";
    /** Text of tick labels and secondary notes. */
    static final String MUTED = "#666666";
    /** Grid lines. */
    static final String GRID = "#E5E5E5";
    /** Reference lines (diagonals, zero lines, baselines). */
    static final String REFERENCE = "#999999";
    /** Font stack of text written directly as SVG; the first face is what the JVM draws XChart text with. */
    static final String FONT_FAMILY = "'DejaVu Sans', Verdana, 'Helvetica Neue', Arial, sans-serif";
    /** Font size of tick labels, legends and cell values, in pixels. */
    static final int FONT_SIZE = 12;
    /** Default chart width in pixels; two fit side by side in a 1280-pixel page. */
    static final int WIDTH = 560;
    /** Default chart height in pixels. */
    static final int HEIGHT = 360;

    private ChartTheme() {
    }

    /** The palette colour for series {@code index} (cycling). */
    static String color(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /** A hex colour as an AWT colour with the given opacity (0 to 1). */
    static Color awt(String hex, double alpha) {
        Color c = Color.decode(hex);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(alpha * 255));
    }

    /** Applies the theme to an XChart axes chart. */
    static void apply(AxesChartStyler styler) {
        Font base = new Font(Font.SANS_SERIF, Font.PLAIN, FONT_SIZE);
        styler.setChartTitleVisible(false);
        styler.setBaseFont(base);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setChartPadding(8);
        styler.setChartFontColor(Color.decode(TEXT));
        styler.setAxisTitleFont(base.deriveFont(Font.PLAIN, FONT_SIZE + 1f));
        styler.setAxisTickLabelsFont(base);
        styler.setAxisTickLabelsColor(Color.decode(MUTED));
        styler.setAxisTickMarksColor(Color.decode(GRID));
        styler.setAxisTicksLineVisible(false);
        styler.setAxisTickPadding(6);
        styler.setPlotGridLinesColor(Color.decode(GRID));
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setPlotContentSize(0.94);
        styler.setLegendFont(base);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setLegendBackgroundColor(awt("#FFFFFF", 0.85));
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setLegendSeriesLineLength(18);
        styler.setMarkerSize(6);
        styler.setAntiAlias(true);
        Color[] colors = new Color[PALETTE.length];
        for (int i = 0; i < colors.length; i++) {
            colors[i] = Color.decode(PALETTE[i]);
        }
        styler.setSeriesColors(colors);
        styler.setxAxisTickLabelsFormattingFunction(dev.lathe.report.Numbers::format);
        styler.setyAxisTickLabelsFormattingFunction(dev.lathe.report.Numbers::format);
    }
}
