package dev.lathe.report.chart;

import java.util.Arrays;

/**
 * The colouring of SHAP charts: a feature's value from low (blue) to high (red) by its rank among the
 * plotted rows, clipped at the 5th and 95th percentiles so that outliers do not wash the rest out; missing or
 * non-numeric values are grey.
 */
final class ShapColors {

    static final String LOW = "#1E88E5";
    static final String HIGH = "#FF0D57";
    static final String NONE = "#AAAAAA";

    private ShapColors() {
    }

    /** A colour per value. */
    static String[] of(double[] values) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        String[] out = new String[values.length];
        if (present.length == 0) {
            Arrays.fill(out, NONE);
            return out;
        }
        double lo = present[(int) Math.floor(0.05 * (present.length - 1))];
        double hi = present[(int) Math.ceil(0.95 * (present.length - 1))];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            out[i] = Double.isNaN(v) ? NONE
                    : Colors.mix(LOW, HIGH, hi > lo ? Math.min(1, Math.max(0, (v - lo) / (hi - lo))) : 0.5);
        }
        return out;
    }

    /** A small "low - high" colour legend for {@code label} at the top right, ending at {@code right}. */
    static void legend(SvgCanvas svg, double right, double y, String label) {
        svg.text(right - 104, y + 9, "low", SvgCanvas.Anchor.END, 11, ChartTheme.MUTED);
        for (int i = 0; i < 20; i++) {
            svg.rect(right - 100 + i * 3.5, y, 3.6, 10, Colors.mix(LOW, HIGH, i / 19.0), null);
        }
        svg.text(right - 26, y + 9, "high", SvgCanvas.Anchor.START, 11, ChartTheme.MUTED);
        svg.text(right - 50, y - 4, SvgCanvas.shorten(label, 36), SvgCanvas.Anchor.MIDDLE, 11, ChartTheme.MUTED, 0,
                label);
    }

    /** A horizontal value axis along {@code y} with its ticks, labels and title. */
    static void axis(SvgCanvas svg, Scale scale, double[] ticks, double y, String title) {
        svg.line(scale.from(), y, scale.to(), y, ChartTheme.REFERENCE, 1);
        for (double t : ticks) {
            double x = scale.at(t);
            svg.line(x, y, x, y + 4, ChartTheme.REFERENCE, 1);
            svg.text(x, y + 16, dev.lathe.report.Numbers.format(t), SvgCanvas.Anchor.MIDDLE, 11, ChartTheme.MUTED);
        }
        svg.text((scale.from() + scale.to()) / 2, y + 32, title, SvgCanvas.Anchor.MIDDLE, ChartTheme.FONT_SIZE,
                ChartTheme.TEXT);
    }
}
