package dev.lathe.report.chart;

/**
 * A linear map from data values in {@code [min, max]} to pixels in {@code [from, to]} (which may run
 * backwards, as a vertical axis does).
 */
record Scale(double min, double max, double from, double to) {

    /** The pixel position of {@code value}. */
    double at(double value) {
        return from + (value - min) / (max - min) * (to - from);
    }
}
