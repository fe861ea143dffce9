package dev.lathe.report.chart;

/**
 * Round tick positions ("nice numbers": steps of 1, 2 or 5 times a power of ten) covering a range, for the
 * axes of the charts written as SVG directly.
 */
final class Ticks {

    private Ticks() {
    }

    /**
     * About {@code target} ticks (at least two) spanning {@code [min, max]}: the first at or below
     * {@code min}, the last at or above {@code max}, so that the axis range is {@code [ticks[0], ticks[last]]}.
     * An empty range is widened by one on each side.
     */
    static double[] covering(double min, double max, int target) {
        if (!(max > min)) {
            min -= 1;
            max += 1;
        }
        double step = niceStep((max - min) / Math.max(1, target - 1));
        double first = Math.floor(min / step) * step;
        double last = Math.ceil(max / step) * step;
        int n = (int) Math.round((last - first) / step) + 1;
        double[] ticks = new double[n];
        for (int i = 0; i < n; i++) {
            double t = first + i * step;
            ticks[i] = Math.abs(t) < step * 1e-9 ? 0 : t;
        }
        return ticks;
    }

    private static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
