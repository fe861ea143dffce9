package dev.lathe.report.chart;

import dev.lathe.report.Numbers;
import dev.lathe.report.chart.SvgCanvas.Anchor;
import dev.lathe.stats.BoxplotStats;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Horizontal box plots from precomputed statistics ({@link BoxplotStats}: quartiles, whiskers, outliers),
 * one row per group, sharing one value axis: the box spans Q1 to Q3 with a line at the median, whiskers end
 * at the whisker values, outliers are rings. Hovering a box shows its numbers. Groups without values are
 * listed and marked "no values".
 */
public final class BoxplotChart {

    private static final int ROW = 34;
    private static final int BOX = 18;
    private static final int TOP = 12;
    private static final int AXIS = 46;
    private static final int MAX_LABEL_CHARS = 24;

    private BoxplotChart() {
    }

    /**
     * Box plots of several groups, in the map's iteration order (top to bottom).
     *
     * @param title      read by screen readers
     * @param valueLabel title of the value axis
     * @param groups     group label to its statistics; at least one
     */
    public static Svg of(String title, String valueLabel, Map<String, BoxplotStats> groups) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("a box plot needs at least one group");
        }
        List<String> labels = List.copyOf(groups.keySet());
        double labelWidth = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (String label : labels) {
            labelWidth = Math.max(labelWidth, SvgCanvas.textWidth(SvgCanvas.shorten(label, MAX_LABEL_CHARS),
                    ChartTheme.FONT_SIZE));
            BoxplotStats s = groups.get(label);
            if (s.count() > 0) {
                min = Math.min(min, s.lowerWhisker());
                max = Math.max(max, s.upperWhisker());
                for (double o : s.outliers()) {
                    min = Math.min(min, o);
                    max = Math.max(max, o);
                }
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        int width = ChartTheme.WIDTH;
        int height = TOP + labels.size() * ROW + AXIS;
        double left = 16 + labelWidth + 10;
        double right = width - 20;
        double bottom = TOP + labels.size() * ROW;
        double[] ticks = Ticks.covering(min, max, 6);
        Scale scale = new Scale(ticks[0], ticks[ticks.length - 1], left, right);
        SvgCanvas svg = new SvgCanvas(width, height, title);
        for (double t : ticks) {
            double x = scale.at(t);
            svg.line(x, TOP, x, bottom, ChartTheme.GRID, 1);
            svg.text(x, bottom + 16, Numbers.format(t), Anchor.MIDDLE, ChartTheme.FONT_SIZE, ChartTheme.MUTED);
        }
        svg.text((left + right) / 2, bottom + 38, valueLabel, Anchor.MIDDLE, ChartTheme.FONT_SIZE + 1, ChartTheme.TEXT);
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            double mid = TOP + i * ROW + ROW / 2.0;
            svg.text(left - 10, mid + 4, SvgCanvas.shorten(label, MAX_LABEL_CHARS), Anchor.END, ChartTheme.FONT_SIZE,
                    ChartTheme.TEXT, 0, label);
            drawBox(svg, scale, mid, groups.get(label), label);
        }
        return svg.toSvg();
    }

    /** A box plot of one sample, labelled {@code name}. */
    public static Svg of(String title, String valueLabel, String name, BoxplotStats stats) {
        return of(title, valueLabel, Map.of(name, stats));
    }

    private static void drawBox(SvgCanvas svg, Scale scale, double mid, BoxplotStats s, String label) {
        String color = ChartTheme.color(0);
        if (s.count() == 0) {
            svg.text(scale.from(), mid + 4, "no values", Anchor.START, ChartTheme.FONT_SIZE, ChartTheme.MUTED);
            return;
        }
        double lw = scale.at(s.lowerWhisker());
        double q1 = scale.at(s.q1());
        double med = scale.at(s.median());
        double q3 = scale.at(s.q3());
        double uw = scale.at(s.upperWhisker());
        svg.line(lw, mid, q1, mid, ChartTheme.TEXT, 1.2).line(q3, mid, uw, mid, ChartTheme.TEXT, 1.2);
        svg.line(lw, mid - BOX / 4.0, lw, mid + BOX / 4.0, ChartTheme.TEXT, 1.2);
        svg.line(uw, mid - BOX / 4.0, uw, mid + BOX / 4.0, ChartTheme.TEXT, 1.2);
        svg.rect(q1, mid - BOX / 2.0, Math.max(q3 - q1, 1), BOX, "#FFFFFF", null);
        svg.box(q1, mid - BOX / 2.0, Math.max(q3 - q1, 1), BOX, color, 0.35, color);
        svg.line(med, mid - BOX / 2.0, med, mid + BOX / 2.0, ChartTheme.TEXT, 2);
        Set<Long> drawn = new HashSet<>();
        for (double o : s.outliers()) {
            double x = scale.at(o);
            if (drawn.add(Math.round(x * 2))) {
                svg.ring(x, mid, 3, ChartTheme.color(3));
            }
        }
        svg.rect(lw, mid - BOX / 2.0, Math.max(uw - lw, 1), BOX, "transparent", label + ": n=" + s.count()
                + ", Q1=" + Numbers.format(s.q1()) + ", median=" + Numbers.format(s.median())
                + ", Q3=" + Numbers.format(s.q3()) + ", whiskers " + Numbers.format(s.lowerWhisker()) + " to "
                + Numbers.format(s.upperWhisker()) + ", outliers " + s.outlierCount());
    }
}
