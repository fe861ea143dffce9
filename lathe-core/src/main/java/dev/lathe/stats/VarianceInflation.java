package dev.lathe.stats;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.math.LeastSquares;
import dev.lathe.math.RankDeficientException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Variance inflation factors of the numeric columns of a frame: VIF_j = 1 / (1 - R_j^2), with R_j^2 from the
 * least-squares regression of column j on all the other numeric columns and an intercept (as statsmodels'
 * {@code variance_inflation_factor} applied to the columns with a constant added). Only rows where every
 * numeric column is present are used. When the other columns are themselves linearly dependent the redundant
 * ones are dropped (the fitted values, and so R^2, do not change). A column that the others reproduce exactly,
 * to working precision (residual sum of squares below 1e-20 of its total sum of squares), gets +infinity.
 *
 * @param names   the numeric columns, in frame order
 * @param factors the VIF of each, at least 1
 * @param rows    complete rows used
 */
public record VarianceInflation(List<String> names, double[] factors, int rows) {

    /** Below this share of the total sum of squares a residual sum of squares counts as exactly 0. */
    static final double COLLINEAR = 1e-20;

    /** Copies the list and the array. */
    public VarianceInflation {
        names = List.copyOf(names);
        factors = factors.clone();
    }

    /** The factors (a copy). */
    @Override
    public double[] factors() {
        return factors.clone();
    }

    /** The factor of column {@code name}. */
    public double get(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no numeric column '" + name + "' among the factors; columns: " + names);
        }
        return factors[i];
    }

    /**
     * The factors of the numeric columns of {@code frame}; other columns are ignored.
     *
     * @throws IllegalArgumentException when the frame has no numeric column, a numeric value is infinite (naming
     *                                  the column and row), a column is constant over the complete rows (naming
     *                                  it), or there are not more complete rows than numeric columns
     */
    public static VarianceInflation of(Frame frame) {
        List<String> names = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        for (Column c : frame.columns()) {
            if (c.type() == ColumnType.NUMERIC) {
                names.add(c.name());
                columns.add(frame.numeric(c.name()).toArray());
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("variance inflation factors need numeric columns; the frame has none"
                    + " among " + frame.names());
        }
        double[][] x = completeRows(names, columns);
        int k = x.length;
        int n = x[0].length;
        if (n <= k) {
            throw new IllegalArgumentException("variance inflation factors of " + k + " numeric columns need more"
                    + " than " + k + " complete rows, got " + n);
        }
        double[] factors = new double[k];
        for (int j = 0; j < k; j++) {
            factors[j] = factor(names.get(j), x, j);
        }
        return new VarianceInflation(names, factors, n);
    }

    private static double[][] completeRows(List<String> names, List<double[]> columns) {
        int rows = columns.get(0).length;
        boolean[] keep = new boolean[rows];
        int n = 0;
        for (int i = 0; i < rows; i++) {
            keep[i] = true;
            for (int j = 0; j < columns.size(); j++) {
                double v = columns.get(j)[i];
                if (Double.isInfinite(v)) {
                    throw new IllegalArgumentException("column '" + names.get(j) + "' holds " + v + " in row " + i
                            + "; variance inflation factors need finite values");
                }
                keep[i] &= !Double.isNaN(v);
            }
            n += keep[i] ? 1 : 0;
        }
        double[][] out = new double[columns.size()][n];
        for (int j = 0; j < out.length; j++) {
            double[] source = columns.get(j);
            for (int i = 0, r = 0; i < rows; i++) {
                if (keep[i]) {
                    out[j][r++] = source[i];
                }
            }
        }
        return out;
    }

    /** 1 / (1 - R^2) of column j regressed on an intercept and the other columns. */
    private static double factor(String name, double[][] x, int j) {
        double[] y = x[j];
        int n = y.length;
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double total = 0;
        for (double v : y) {
            total += (v - mean) * (v - mean);
        }
        if (total == 0) {
            throw new IllegalArgumentException("column '" + name + "' is constant over the " + n
                    + " complete rows; its variance inflation factor is undefined");
        }
        List<double[]> design = new ArrayList<>();
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        design.add(ones);
        for (int m = 0; m < x.length; m++) {
            if (m != j) {
                design.add(x[m]);
            }
        }
        LeastSquares ls = null;
        while (ls == null) {
            try {
                ls = LeastSquares.of(design.toArray(new double[0][]));
            } catch (RankDeficientException e) {
                // drop the columns that add nothing: the span of the design, and so the fit, stays the same
                List<double[]> kept = new ArrayList<>();
                for (int m = 0; m < design.size(); m++) {
                    if (!e.dependentColumns().contains(m)) {
                        kept.add(design.get(m));
                    }
                }
                design = kept;
            }
        }
        double residual = 0;
        for (double r : ls.fit(y).residuals()) {
            residual += r * r;
        }
        return residual <= COLLINEAR * total ? Double.POSITIVE_INFINITY : total / residual;
    }
}
