package dev.lathe.model.linear;

import dev.lathe.math.LeastSquares;
import dev.lathe.math.RankDeficientException;
import dev.lathe.model.Likelihood;
import dev.lathe.stats.InformationCriteria;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

    /**
     * The Gaussian likelihood of a least-squares fit, the error variance at its maximum-likelihood value:
     * statsmodels' OLS log-likelihood without weights, its WLS log-likelihood with them, over the rows of
     * positive weight (a row of weight 0 does not take part in the fit; statsmodels would give -infinity).
     *
     * @param fit        the fit of {@code y} on {@code columns}
     * @param weights    the weights the fit used, or null
     * @param parameters the number of coefficients, the intercept included when fitted
     * @param target     the fingerprint of the target column ({@link Likelihood#fingerprint})
     * @return the likelihood; empty for an exact fit (every residual 0), whose log-likelihood is infinite
     */
    static Optional<Likelihood> likelihood(LinearModel fit, double[][] columns, double[] y, double[] weights, int parameters,
                                 String target) {
        double[] predicted = fit.score(columns);
        double ssr = 0;
        int rows = 0;
        for (int i = 0; i < y.length; i++) {
            if (weights == null || weights[i] > 0) {
                double e = y[i] - predicted[i];
                ssr += (weights == null ? 1 : weights[i]) * e * e;
                rows++;
            }
        }
        if (ssr == 0) {
            return Optional.empty();
        }
        double llf = weights == null ? InformationCriteria.gaussianLogLikelihood(ssr, rows)
                : InformationCriteria.gaussianLogLikelihood(ssr, Arrays.stream(weights).filter(w -> w > 0).toArray());
        return Optional.of(new Likelihood(llf, parameters, rows, Likelihood.Family.GAUSSIAN, target));
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
