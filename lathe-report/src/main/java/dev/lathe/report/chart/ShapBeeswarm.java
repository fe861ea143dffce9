package dev.lathe.report.chart;

import dev.lathe.report.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SHAP summary ("beeswarm") plot: one row per feature, most important (largest mean |SHAP|) at the top,
 * one dot per explained row at its SHAP value, dots that would overlap spread vertically, coloured by the
 * feature's value from low (blue) to high (red).
 */
public final class ShapBeeswarm {

    private static final int ROW = 30;
    private static final double RADIUS = 2.6;

    private ShapBeeswarm() {
    }

    /**
     * The plot.
     *
     * @param title       read by screen readers
     * @param features    feature names
     * @param shap        {@code shap[row][feature]}
     * @param values      {@code values[feature][row]}: the feature's value (NaN for missing or non-numeric: grey)
     * @param maxFeatures most features drawn, at least 1 (the rest are left out, as the caption should say)
     */
    public static Svg of(String title, List<String> features, double[][] shap, double[][] values, int maxFeatures) {
        int p = features.size();
        if (shap.length == 0 || p == 0 || values.length != p || maxFeatures < 1) {
            throw new IllegalArgumentException("a beeswarm needs rows, features, one value column per feature and "
                    + "maxFeatures >= 1; got " + shap.length + " rows, " + p + " features, " + values.length
                    + " value columns");
        }
        double[] meanAbs = new double[p];
        double min = 0;
        double max = 0;
        for (double[] row : shap) {
            if (row.length != p) {
                throw new IllegalArgumentException("every row needs one SHAP value per feature (" + p + ")");
            }
            for (int j = 0; j < p; j++) {
                meanAbs[j] += Math.abs(row[j]) / shap.length;
                min = Math.min(min, row[j]);
                max = Math.max(max, row[j]);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            order.add(j);
        }
        order.sort(Comparator.comparingDouble((Integer j) -> -meanAbs[j]));
        List<Integer> shown = order.subList(0, Math.min(maxFeatures, p));
        double labelWidth = 0;
        for (int j : shown) {
            labelWidth = Math.max(labelWidth, SvgCanvas.textWidth(SvgCanvas.shorten(features.get(j), 28), 12));
        }
        int width = 720;
        double left = 16 + labelWidth + 12;
        double right = width - 24;
        double top = 36;
        int height = (int) (top + shown.size() * ROW + 48);
        SvgCanvas svg = new SvgCanvas(width, height, title);
        double[] ticks = Ticks.covering(min, max, 6);
        Scale x = new Scale(ticks[0], ticks[ticks.length - 1], left, right);
        svg.line(x.at(0), top - 6, x.at(0), top + shown.size() * ROW, ChartTheme.REFERENCE, 1);
        ShapColors.legend(svg, right, 12, "feature value");
        for (int r = 0; r < shown.size(); r++) {
            int j = shown.get(r);
            double mid = top + r * ROW + ROW / 2.0;
            svg.line(left, mid, right, mid, ChartTheme.GRID, 1);
            String name = features.get(j);
            svg.text(left - 10, mid + 4, SvgCanvas.shorten(name, 28), SvgCanvas.Anchor.END, 12, ChartTheme.TEXT, 0,
                    name + ": mean |SHAP| " + Numbers.format(meanAbs[j]));
            String[] colours = ShapColors.of(values[j]);
            Map<Integer, Integer> crowd = new HashMap<>();
            for (int i = 0; i < shap.length; i++) {
                double cx = x.at(shap[i][j]);
                int bin = (int) Math.floor(cx / (2 * RADIUS));
                int k = crowd.merge(bin, 1, Integer::sum) - 1;
                double offset = Math.min(ROW / 2.0 - RADIUS, ((k + 1) / 2) * 1.8 * RADIUS) * (k % 2 == 0 ? 1 : -1);
                svg.dot(cx, mid + offset, RADIUS, colours[i], 0.8, null);
            }
        }
        ShapColors.axis(svg, x, ticks, top + shown.size() * ROW + 4, "SHAP value (impact on the output)");
        return svg.toSvg();
    }
}
