package dev.lathe.report.chart;

/**
 * A histogram from precomputed bins, optionally with a density curve (kernel density estimate) over it.
 * Without a curve the bars show counts; with one they show density (count / (total x bin width)) so that
 * bars and curve share one scale and unequal bin widths are drawn honestly.
 */
public final class HistogramChart {

    private HistogramChart() {
    }

    /**
     * A histogram of counts.
     *
     * @param title  read by screen readers
     * @param xLabel the variable's name, under the horizontal axis
     * @param edges  bin edges, strictly increasing, finite, one more than {@code counts}
     * @param counts rows per bin, none negative; bin {@code i} spans {@code edges[i]} to {@code edges[i+1]}
     */
    public static Svg of(String title, String xLabel, double[] edges, long[] counts) {
        check(edges, counts);
        double[] heights = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            heights[i] = counts[i];
        }
        return bars(title, xLabel, "count", edges, heights).render();
    }

    /**
     * A density histogram with a density curve over it.
     *
     * @param densityX points where the density was evaluated, increasing
     * @param densityY the density at each point (integrating to about 1)
     * @see #of(String, String, double[], long[]) for the other parameters
     */
    public static Svg withDensity(String title, String xLabel, double[] edges, long[] counts, double[] densityX,
                                  double[] densityY) {
        check(edges, counts);
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        double[] heights = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            heights[i] = total == 0 ? 0 : counts[i] / (total * (edges[i + 1] - edges[i]));
        }
        return bars(title, xLabel, "density", edges, heights).line("density", densityX, densityY).render();
    }

    private static XyPlot bars(String title, String xLabel, String yLabel, double[] edges, double[] heights) {
        int k = heights.length;
        double[] x = new double[3 * k + 1];
        double[] y = new double[3 * k + 1];
        x[0] = edges[0];
        for (int i = 0; i < k; i++) {
            x[3 * i + 1] = edges[i];
            y[3 * i + 1] = heights[i];
            x[3 * i + 2] = edges[i + 1];
            y[3 * i + 2] = heights[i];
            x[3 * i + 3] = edges[i + 1];
        }
        double top = 0;
        for (double h : heights) {
            top = Math.max(top, h);
        }
        return XyPlot.of(title, xLabel, yLabel).filled(x, y).yRange(0, top > 0 ? top * 1.05 : 1);
    }

    private static void check(double[] edges, long[] counts) {
        if (counts.length == 0 || edges.length != counts.length + 1) {
            throw new IllegalArgumentException("a histogram needs at least one bin and one more edge than counts, got "
                    + edges.length + " edges and " + counts.length + " counts");
        }
        for (int i = 0; i < edges.length; i++) {
            if (!Double.isFinite(edges[i]) || i > 0 && !(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException("bin edges must be finite and strictly increasing, edge " + i
                        + " is " + edges[i]);
            }
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("bin counts cannot be negative, bin " + i + " has " + counts[i]);
            }
        }
    }
}
