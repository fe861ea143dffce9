package dev.lathe.report.chart;

import dev.lathe.report.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The SHAP waterfall plot of one row: starting from the expected value at the bottom, each feature's SHAP
 * value moves the output up (red) or down (blue), the largest moves at the top, ending at the row's output;
 * features beyond the first few are summed into one bar.
 */
public final class ShapWaterfall {

    private static final int ROW = 26;
    private static final int BAR = 18;
    private static final String UP = "#FF0D57";
    private static final String DOWN = "#1E88E5";

    private ShapWaterfall() {
    }

    /**
     * The plot.
     *
     * @param title       read by screen readers
     * @param labels      per feature, its label (e.g. {@code age = 42})
     * @param shap        per feature, its SHAP value in this row
     * @param expected    the expected value the bars start from
     * @param maxFeatures features drawn on their own, at least 1; the rest share one bar
     */
    public static Svg of(String title, List<String> labels, double[] shap, double expected, int maxFeatures) {
        if (labels.size() != shap.length || shap.length == 0 || maxFeatures < 1) {
            throw new IllegalArgumentException("a waterfall needs one label per SHAP value, at least one value and "
                    + "maxFeatures >= 1; got " + labels.size() + " labels and " + shap.length + " values");
        }
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < shap.length; j++) {
            order.add(j);
        }
        order.sort(Comparator.comparingDouble((Integer j) -> -Math.abs(shap[j])));
        List<String> names = new ArrayList<>();
        List<Double> moves = new ArrayList<>();
        int own = Math.min(maxFeatures, shap.length);
        for (int r = 0; r < own; r++) {
            names.add(labels.get(order.get(r)));
            moves.add(shap[order.get(r)]);
        }
        if (own < shap.length) {
            double rest = 0;
            for (int r = own; r < shap.length; r++) {
                rest += shap[order.get(r)];
            }
            names.add((shap.length - own) + " other features");
            moves.add(rest);
        }
        // bars from the bottom up: the smallest moves first, starting at the expected value
        int bars = names.size();
        double[] start = new double[bars];
        double cumulative = expected;
        double min = expected;
        double max = expected;
        for (int b = bars - 1; b >= 0; b--) {
            start[b] = cumulative;
            cumulative += moves.get(b);
            min = Math.min(min, cumulative);
            max = Math.max(max, cumulative);
        }
        double output = cumulative;
        double labelWidth = 0;
        for (String n : names) {
            labelWidth = Math.max(labelWidth, SvgCanvas.textWidth(SvgCanvas.shorten(n, 36), 12));
        }
        int width = 720;
        double left = 16 + labelWidth + 12;
        double right = width - 80;
        double top = 30;
        int height = (int) (top + bars * ROW + 52);
        SvgCanvas svg = new SvgCanvas(width, height, title);
        double[] ticks = Ticks.covering(min, max, 6);
        Scale x = new Scale(ticks[0], ticks[ticks.length - 1], left, right);
        svg.line(x.at(output), top - 8, x.at(output), top + bars * ROW, ChartTheme.REFERENCE, 1);
        svg.text(x.at(output), top - 12, "f(x) = " + Numbers.format(output), SvgCanvas.Anchor.MIDDLE, 11,
                ChartTheme.TEXT);
        for (int b = 0; b < bars; b++) {
            double mid = top + b * ROW + ROW / 2.0;
            double v = moves.get(b);
            double from = x.at(start[b]);
            double to = x.at(start[b] + v);
            svg.text(left - 10, mid + 4, SvgCanvas.shorten(names.get(b), 36), SvgCanvas.Anchor.END, 12, ChartTheme.TEXT,
                    0, names.get(b));
            svg.rect(Math.min(from, to), mid - BAR / 2.0, Math.max(Math.abs(to - from), 1), BAR, v >= 0 ? UP : DOWN,
                    names.get(b) + ": " + (v >= 0 ? "+" : "") + Numbers.format(v));
            svg.text(Math.max(from, to) + 4, mid + 4, (v >= 0 ? "+" : "") + Numbers.format(v), SvgCanvas.Anchor.START,
                    11, ChartTheme.MUTED);
        }
        double axisY = top + bars * ROW + 4;
        svg.line(x.at(expected), top, x.at(expected), axisY, ChartTheme.GRID, 1);
        ShapColors.axis(svg, x, ticks, axisY, "output, from E[f(X)] = " + Numbers.format(expected));
        return svg.toSvg();
    }
}
