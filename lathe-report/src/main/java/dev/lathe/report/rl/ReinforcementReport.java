package dev.lathe.report.rl;

import dev.lathe.model.rl.Grid;
import dev.lathe.report.chart.Heatmap;
import dev.lathe.report.chart.XyPlot;
import dev.lathe.report.html.DataTable;
import dev.lathe.report.html.Report;
import dev.lathe.report.html.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report of one reinforcement-learning run on a grid environment: learning curves (return and length
 * per training episode, with a moving average), the learned state values as a heatmap, and the greedy
 * policy as arrows on the map with its path from the start.
 */
public final class ReinforcementReport {

    private static final String[] ARROWS = {"←", "↓", "→", "↑"};

    private ReinforcementReport() {
    }

    /**
     * Builds the report.
     *
     * @param title          for example {@code "q_learning on cliff_walking"}
     * @param summary        figures to show first (settings and results), in order
     * @param episodeReturns return of every training episode, or null for a planner (no curves)
     * @param episodeLengths steps of every training episode, or null
     * @param grid           the environment's map
     * @param values         value of every state (cell)
     * @param policy         greedy action of every state
     * @param path           the states the greedy policy visits from the start
     */
    public static Report of(String title, Map<String, ?> summary, double[] episodeReturns, int[] episodeLengths,
                            Grid grid, double[] values, int[] policy, List<Integer> path) {
        Report report = Report.titled(title);
        report.section(Section.titled("Summary").keyValues(summary));
        if (episodeReturns != null) {
            report.section(Section.titled("Learning curves")
                    .paragraph("Each training episode's return and length, with the moving average over "
                            + window(episodeReturns.length) + " episodes.")
                    .figure("Return per episode", curve("Return per episode", "return", episodeReturns))
                    .figure("Steps per episode", curve("Steps per episode", "steps", toDouble(episodeLengths))));
        }
        double[] decided = decisionValues(grid, values);
        report.section(Section.titled("Values and greedy policy")
                .paragraph("State values scaled to [0, 1] between the lowest and the highest value (lowest "
                        + format(min(decided)) + ", highest " + format(max(decided)) + "); cells where no decision "
                        + "is taken (cliff, walls, holes, goal) are left blank. Arrows give the greedy action; marked "
                        + "cells are the path the policy takes from the start.")
                .figure("State values", Heatmap.of("State values", rowLabels(grid), columnLabels(grid),
                        scaled(grid, decided), Heatmap.Colouring.SEQUENTIAL))
                .table(policyTable(grid, policy, path)));
        return report;
    }

    private static dev.lathe.report.chart.Svg curve(String title, String label, double[] y) {
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
        }
        return XyPlot.of(title, "episode", label).line("episode", x, y)
                .line("moving average", x, movingAverage(y, window(y.length))).legend(XyPlot.Corner.BOTTOM_RIGHT)
                .render();
    }

    /** The moving-average window: a fiftieth of the episodes, at least 1. */
    static int window(int episodes) {
        return Math.max(1, episodes / 50);
    }

    /** The trailing mean over up to {@code w} values ending at each index. */
    static double[] movingAverage(double[] y, int w) {
        double[] out = new double[y.length];
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += y[i];
            if (i >= w) {
                sum -= y[i - w];
            }
            out[i] = sum / Math.min(i + 1, w);
        }
        return out;
    }

    private static double[] toDouble(int[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }

    /** The values of cells where the agent decides ({@code S . F}); NaN elsewhere. */
    private static double[] decisionValues(Grid grid, double[] values) {
        double[] out = new double[values.length];
        for (int s = 0; s < values.length; s++) {
            out[s] = decides(grid.at(s)) ? values[s] : Double.NaN;
        }
        return out;
    }

    private static boolean decides(char cell) {
        return cell == 'S' || cell == '.' || cell == 'F';
    }

    private static double[][] scaled(Grid grid, double[] values) {
        double lo = min(values);
        double span = max(values) - lo;
        double[][] out = new double[grid.height()][grid.width()];
        for (int s = 0; s < values.length; s++) {
            out[s / grid.width()][s % grid.width()] = Double.isNaN(values[s]) ? Double.NaN
                    : span == 0 ? 0 : (values[s] - lo) / span;
        }
        return out;
    }

    private static DataTable policyTable(Grid grid, int[] policy, List<Integer> path) {
        List<String> columns = new ArrayList<>();
        columns.add("row");
        columns.addAll(columnLabels(grid));
        DataTable table = DataTable.of(columns);
        for (int r = 0; r < grid.height(); r++) {
            Object[] cells = new Object[grid.width() + 1];
            cells[0] = "row " + r;
            for (int c = 0; c < grid.width(); c++) {
                int s = r * grid.width() + c;
                char kind = grid.at(s);
                String cell = decides(kind) ? ARROWS[policy[s]] : String.valueOf(kind);
                cells[c + 1] = path.contains(s) ? "[" + cell + "]" : cell;
            }
            table.row(cells);
        }
        return table;
    }

    private static List<String> rowLabels(Grid grid) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < grid.height(); r++) {
            out.add("row " + r);
        }
        return out;
    }

    private static List<String> columnLabels(Grid grid) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < grid.width(); c++) {
            out.add("col " + c);
        }
        return out;
    }

    /** The smallest non-NaN value. */
    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Double.isNaN(x) ? m : Math.min(m, x);
        }
        return m;
    }

    /** The largest non-NaN value. */
    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Double.isNaN(x) ? m : Math.max(m, x);
        }
        return m;
    }

    private static String format(double v) {
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
