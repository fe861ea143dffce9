package dev.lathe.model.linear;

import dev.lathe.math.LeastSquares;
import dev.lathe.math.RankDeficientException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Ordinary and weighted least squares through {@link LeastSquares} (pivoted QR with iterative refinement),
 * the intercept as a column of ones, weighted rows scaled by the square root of their weight. Failures name
 * the columns at fault.
 */
final class OrdinaryLeastSquares {

    private OrdinaryLeastSquares() {
    }

    /**
     * The least-squares fit of {@code y} on the named columns.
     *
     * @param low     rounding errors of computed columns (same shape as {@code columns}), or null
     * @param weights one weight per row (checked by {@link dev.lathe.model.SampleWeights}), or null for equal weights
     */
    static LinearModel fit(List<String> names, double[][] columns, double[][] low, double[] y, double[] weights,
                           boolean fitIntercept) {
        int n = y.length;
        int p = columns.length + (fitIntercept ? 1 : 0);
        if (n < p) {
            throw new IllegalArgumentException(n + " rows are too few for " + p + " coefficients (" + columns.length
                    + (fitIntercept ? " columns and the intercept" : " columns")
                    + "); least squares needs at least as many rows as coefficients");
        }
        if (fitIntercept) {
            rejectConstantColumns(names, columns, low);
        }
        double[] root = new double[n];
        for (int i = 0; i < n; i++) {
            root[i] = weights == null ? 1 : Math.sqrt(weights[i]);
        }
        double[][] design = new double[p][];
        double[][] designLow = low == null ? null : new double[p][];
        for (int j = 0; j < columns.length; j++) {
            design[j] = scaled(columns[j], root);
            if (low != null) {
                designLow[j] = scaled(low[j], root);
            }
        }
        if (fitIntercept) {
            design[p - 1] = root;
            if (low != null) {
                designLow[p - 1] = new double[n];
            }
        }
        double[] b;
        try {
            b = LeastSquares.of(design, designLow).solve(scaled(y, root));
        } catch (RankDeficientException e) {
            throw named(e, names, "drop the dependent columns or use Ridge");
        }
        return new LinearModel(names, Arrays.copyOf(b, columns.length), fitIntercept ? b[p - 1] : 0);
    }

    private static double[] scaled(double[] v, double[] root) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * root[i];
        }
        return out;
    }

    private static void rejectConstantColumns(List<String> names, double[][] columns, double[][] low) {
        for (int j = 0; j < columns.length; j++) {
            if (constant(columns[j]) && (low == null || constant(low[j]))) {
                throw new IllegalArgumentException("column '" + names.get(j) + "' is constant (" + columns[j][0]
                        + " in every row), so it duplicates the intercept; drop it");
            }
        }
    }

    private static boolean constant(double[] v) {
        for (double x : v) {
            if (x != v[0]) {
                return false;
            }
        }
        return true;
    }

    /** {@code e} with the dependent columns named ({@code names}, then the intercept) and {@code advice} added. */
    static RankDeficientException named(RankDeficientException e, List<String> names, String advice) {
        List<String> dependent = new ArrayList<>();
        for (int k : e.dependentColumns()) {
            dependent.add(k < names.size() ? "'" + names.get(k) + "'" : "the intercept");
        }
        boolean one = dependent.size() == 1;
        return new RankDeficientException(e.dependentColumns(), "the design is rank deficient: "
                + String.join(", ", dependent) + (one ? " is a linear combination" : " are linear combinations")
                + " of the other columns; " + advice);
    }
}
