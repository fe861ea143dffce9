package dev.lathe.explain;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.math.Quantiles;
import dev.lathe.pipeline.FittedPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Partial dependence (Friedman 2001) and individual conditional expectation curves (Goldstein et al. 2015):
 * the prediction (or class probabilities) as one input column, or two, is set to each point of a grid for
 * every row of the data, all else kept; ICE keeps each row's curve, partial dependence averages them. A
 * numeric column's grid runs evenly from its 5th to 95th percentile (its distinct values when there are no
 * more than the grid size, as in scikit-learn); a categorical column's grid is its levels.
 */
public final class PartialDependence {

    private PartialDependence() {
    }

    /**
     * A column's grid: {@code values} for a numeric column, {@code labels} (levels) for a categorical one.
     *
     * @param column the input column
     * @param values grid values (NaN for a categorical column)
     * @param labels the grid as text
     */
    public record Grid(String column, double[] values, List<String> labels) {

        /** Number of grid points. */
        public int size() {
            return labels.size();
        }
    }

    /**
     * One-way partial dependence with ICE curves.
     *
     * @param outputs {@code outputs.get(k)} names output k
     * @param average {@code average[k][g]}: mean output k at grid point g
     * @param ice     {@code ice[k][i][g]}: output k of row i at grid point g
     */
    public record Curve(Grid grid, List<String> outputs, double[][] average, double[][][] ice) {
    }

    /** Two-way partial dependence: {@code average[k][a][b]} at grid points a of the first column and b of the second. */
    public record Surface(Grid first, Grid second, List<String> outputs, double[][][] average) {
    }

    /**
     * Partial dependence and ICE curves of {@code column}.
     *
     * @param data     rows with the pipeline's input columns (a few hundred are enough)
     * @param gridSize most grid points for a numeric column, at least 2 (default 20)
     */
    public static Curve oneWay(FittedPipeline pipeline, Frame data, String column, int gridSize) {
        Grid grid = grid(pipeline, data, column, gridSize);
        ModelOutput f = ModelOutput.predictions(pipeline);
        int n = data.rowCount();
        int g = grid.size();
        List<Frame> copies = new ArrayList<>();
        for (int p = 0; p < g; p++) {
            copies.add(data.withColumn(constant(data.column(column), grid, p, n)));
        }
        double[][] out = f.apply(Frame.concat(copies));
        int outputs = out.length;
        double[][] average = new double[outputs][g];
        double[][][] ice = new double[outputs][n][g];
        for (int k = 0; k < outputs; k++) {
            for (int p = 0; p < g; p++) {
                for (int i = 0; i < n; i++) {
                    ice[k][i][p] = out[k][p * n + i];
                    average[k][p] += out[k][p * n + i] / n;
                }
            }
        }
        return new Curve(grid, f.names(), average, ice);
    }

    /** Two-way partial dependence of {@code first} and {@code second} (different columns), each on its grid. */
    public static Surface twoWay(FittedPipeline pipeline, Frame data, String first, String second, int gridSize) {
        if (first.equals(second)) {
            throw new IllegalArgumentException("two-way partial dependence needs two different columns, got '" + first
                    + "' twice");
        }
        Grid a = grid(pipeline, data, first, gridSize);
        Grid b = grid(pipeline, data, second, gridSize);
        ModelOutput f = ModelOutput.predictions(pipeline);
        int n = data.rowCount();
        List<Frame> copies = new ArrayList<>();
        for (int p = 0; p < a.size(); p++) {
            Frame withA = data.withColumn(constant(data.column(first), a, p, n));
            for (int q = 0; q < b.size(); q++) {
                copies.add(withA.withColumn(constant(data.column(second), b, q, n)));
            }
        }
        double[][] out = f.apply(Frame.concat(copies));
        double[][][] average = new double[out.length][a.size()][b.size()];
        for (int k = 0; k < out.length; k++) {
            for (int p = 0; p < a.size(); p++) {
                for (int q = 0; q < b.size(); q++) {
                    int at = (p * b.size() + q) * n;
                    for (int i = 0; i < n; i++) {
                        average[k][p][q] += out[k][at + i] / n;
                    }
                }
            }
        }
        return new Surface(a, b, f.names(), average);
    }

    private static Grid grid(FittedPipeline pipeline, Frame data, String column, int gridSize) {
        List<String> inputs = pipeline.inputSchema().fields().stream().map(f -> f.name()).toList();
        if (!inputs.contains(column)) {
            throw new IllegalArgumentException("unknown column '" + column + "' for partial dependence; the model's "
                    + "input columns: " + inputs);
        }
        if (gridSize < 2) {
            throw new IllegalArgumentException("grid size must be at least 2, got " + gridSize);
        }
        if (data.rowCount() == 0) {
            throw new IllegalArgumentException("no rows to compute partial dependence on");
        }
        Column c = data.column(column);
        if (c instanceof CategoricalColumn cc) {
            TreeSet<Integer> seen = new TreeSet<>();
            for (int i = 0; i < cc.size(); i++) {
                if (cc.code(i) >= 0) {
                    seen.add(cc.code(i));
                }
            }
            List<String> labels = seen.stream().map(k -> cc.levels().get(k)).toList();
            double[] values = new double[labels.size()];
            java.util.Arrays.fill(values, Double.NaN);
            return new Grid(column, values, labels);
        }
        if (!(c instanceof NumericColumn nc)) {
            throw new IllegalArgumentException("partial dependence needs a numeric or categorical column; '" + column
                    + "' is " + c.type().label());
        }
        double[] present = Quantiles.sortedWithoutNaN(nc.toArray());
        if (present.length == 0) {
            throw new IllegalArgumentException("column '" + column + "' has no values to build a grid from");
        }
        double[] distinct = java.util.Arrays.stream(present).distinct().toArray();
        double[] values;
        if (distinct.length <= gridSize) {
            values = distinct;
        } else {
            double lo = Quantiles.ofSorted(present, present.length, 0.05);
            double hi = Quantiles.ofSorted(present, present.length, 0.95);
            values = new double[gridSize];
            for (int p = 0; p < gridSize; p++) {
                values[p] = lo + (hi - lo) * p / (gridSize - 1);
            }
        }
        return new Grid(column, values, java.util.Arrays.stream(values).mapToObj(NumericColumn::format).toList());
    }

    /** Column {@code c} with every one of {@code n} rows set to grid point {@code p}. */
    private static Column constant(Column c, Grid grid, int p, int n) {
        if (c instanceof CategoricalColumn cc) {
            int[] codes = new int[n];
            java.util.Arrays.fill(codes, cc.levels().indexOf(grid.labels().get(p)));
            return CategoricalColumn.wrap(c.name(), codes, cc.levels());
        }
        double[] v = new double[n];
        java.util.Arrays.fill(v, grid.values()[p]);
        return NumericColumn.wrap(c.name(), v);
    }
}
