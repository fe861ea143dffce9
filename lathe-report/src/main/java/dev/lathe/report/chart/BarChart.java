package dev.lathe.report.chart;

import dev.lathe.report.Numbers;
import dev.lathe.report.chart.SvgCanvas.Anchor;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * Counts per level of a categorical variable. Few levels with short labels give vertical bars (drawn by
 * XChart); long labels or many levels give horizontal bars with the label on the left and the count at the
 * end of each bar, so that no label has to be rotated or cut short.
 */
public final class BarChart {

    /** Labels longer than this, or more levels than {@link #MAX_VERTICAL_LEVELS}, turn the bars horizontal. */
    static final int MAX_VERTICAL_LABEL = 8;
    static final int MAX_VERTICAL_LEVELS = 10;
    private static final int ROW = 22;
    private static final int BAR = 15;
    private static final int MAX_LABEL_CHARS = 32;

    private BarChart() {
    }

    /**
     * A bar per level, in the order given (callers usually sort by count and fold rare levels into "other").
     *
     * @param title      read by screen readers
     * @param levelLabel name of the variable
     * @param levels     level labels, at least one
     * @param counts     count per level, none negative
     */
    public static Svg of(String title, String levelLabel, List<String> levels, long[] counts) {
        if (levels.isEmpty() || levels.size() != counts.length) {
            throw new IllegalArgumentException("a bar chart needs at least one level and one count per level, got "
                    + levels.size() + " levels and " + counts.length + " counts");
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("counts cannot be negative, level " + levels.get(i) + " has "
                        + counts[i]);
            }
        }
        boolean vertical = levels.size() <= MAX_VERTICAL_LEVELS
                && levels.stream().allMatch(l -> l.length() <= MAX_VERTICAL_LABEL);
        return vertical ? vertical(title, levelLabel, levels, counts) : horizontal(title, levels, counts);
    }

    private static Svg vertical(String title, String levelLabel, List<String> levels, long[] counts) {
        Headless.ensure();
        CategoryChart chart = new CategoryChart(ChartTheme.WIDTH, ChartTheme.HEIGHT);
        chart.setXAxisTitle(levelLabel);
        chart.setYAxisTitle("count");
        ChartTheme.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setxAxisTickLabelsFormattingFunction(null);
        chart.getStyler().setAvailableSpaceFill(0.6);
        List<Long> values = new ArrayList<>();
        for (long c : counts) {
            values.add(c);
        }
        CategorySeries series = chart.addSeries("count", levels, values);
        series.setFillColor(Color.decode(ChartTheme.color(0)));
        return XChartSvg.render(chart, title);
    }

    private static Svg horizontal(String title, List<String> levels, long[] counts) {
        double labelWidth = 0;
        long max = 1;
        for (int i = 0; i < counts.length; i++) {
            labelWidth = Math.max(labelWidth, SvgCanvas.textWidth(SvgCanvas.shorten(levels.get(i), MAX_LABEL_CHARS),
                    ChartTheme.FONT_SIZE));
            max = Math.max(max, counts[i]);
        }
        int width = ChartTheme.WIDTH;
        double left = 16 + labelWidth + 8;
        double room = SvgCanvas.textWidth(Numbers.format(max), ChartTheme.FONT_SIZE) + 16;
        double right = width - room;
        int height = 16 + levels.size() * ROW;
        SvgCanvas svg = new SvgCanvas(width, height, title);
        Scale scale = new Scale(0, max, left, right);
        svg.line(left, 6, left, height - 6, ChartTheme.GRID, 1);
        for (int i = 0; i < counts.length; i++) {
            double mid = 8 + i * ROW + ROW / 2.0;
            String level = levels.get(i);
            svg.text(left - 8, mid + 4, SvgCanvas.shorten(level, MAX_LABEL_CHARS), Anchor.END, ChartTheme.FONT_SIZE,
                    ChartTheme.TEXT, 0, level);
            double end = scale.at(counts[i]);
            svg.rect(left, mid - BAR / 2.0, Math.max(end - left, 0.5), BAR, ChartTheme.color(0),
                    level + ": " + Numbers.format(counts[i]));
            svg.text(end + 6, mid + 4, Numbers.format(counts[i]), Anchor.START, ChartTheme.FONT_SIZE, ChartTheme.MUTED);
        }
        return svg.toSvg();
    }
}
