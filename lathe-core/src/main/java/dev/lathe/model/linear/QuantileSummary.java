package dev.lathe.model.linear;

import dev.lathe.loss.Loss;
import dev.lathe.loss.Losses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Inference for a fitted quantile regression, as statsmodels' {@code QuantReg} reports it: per term the
 * estimate, standard error, t statistic, two-sided p-value (Student t with n - p degrees of freedom) and
 * 95% confidence interval, plus the fit's objective and pseudo R^2 and the kernel density estimate behind
 * the standard errors. Made by {@link QuantileRegression.Fitted#summary}.
 *
 * @param quantile       the modelled quantile q
 * @param covariance     how the standard errors were estimated
 * @param terms          one entry per coefficient, the intercept ({@link QuantileRegression#INTERCEPT}) first
 * @param objective      sum over the rows of the pinball loss of the fit (quantreg's {@code rho})
 * @param pseudoRSquared Koenker and Machado's (1999) R1 = 1 - objective / objective of the best constant
 *                       (the q-quantile of the target); 1 for a perfect fit, negative when a model without
 *                       intercept does worse than a constant
 * @param n              number of rows
 * @param dfResidual     n minus the number of coefficients
 * @param bandwidth      the kernel bandwidth on the residual scale
 * @param sparsity       1 / estimated density of the residuals at zero
 */
public record QuantileSummary(double quantile, Covariance covariance, List<Term> terms, double objective,
                              double pseudoRSquared, int n, int dfResidual, double bandwidth, double sparsity) {

    /**
     * A residual whose size is within this share of |y_i| + sum |x_ij b_j| is the rounding of an exact
     * zero: the fit interpolates that row.
     */
    static final double ZERO_RESIDUAL = 1e-9;

    /** The covariance estimators of statsmodels' {@code QuantReg.fit(vcov=...)}; s is the sparsity. */
    public enum Covariance {
        /**
         * {@code vcov='robust'}, statsmodels' default: (X'X)^-1 X'DX (X'X)^-1, with d_i = (q s)^2 for a
         * positive residual and ((1 - q) s)^2 otherwise (an exact zero included). Allows the spread of the
         * errors to change with the features.
         */
        ROBUST,
        /** {@code vcov='iid'}: s^2 q (1 - q) (X'X)^-1, for errors independent of the features. */
        IID
    }

    /**
     * One coefficient's row of the summary.
     *
     * @param name          the feature's name, or {@link QuantileRegression#INTERCEPT}
     * @param estimate      the coefficient
     * @param standardError its estimated standard error
     * @param t             estimate / standard error
     * @param pValue        two-sided p-value of the t statistic against zero
     * @param lower         lower end of the 95% confidence interval
     * @param upper         upper end of the 95% confidence interval
     */
    public record Term(String name, double estimate, double standardError, double t, double pValue, double lower,
                       double upper) {
    }

    /** Copies the terms. */
    public QuantileSummary {
        terms = List.copyOf(terms);
    }

    /** The term called {@code name}; fails with the known names. */
    public Term term(String name) {
        return terms.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no term '" + name + "'; terms: "
                        + String.join(", ", terms.stream().map(Term::name).toList())));
    }

    /** The summary of coefficients {@code b} for the design (column-major, as fitted) and target. */
    static QuantileSummary of(double q, List<String> names, double[][] design, double[] y, double[] b,
                              Covariance covariance) {
        int n = y.length;
        int p = b.length;
        if (n <= p) {
            throw new IllegalArgumentException("standard errors need more rows than parameters: " + n + " rows for "
                    + p + " parameters leave no residual degrees of freedom");
        }
        double[] fitted = new double[n];
        double[] size = new double[n];
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < n; i++) {
                fitted[i] += b[j] * design[j][i];
                size[i] += Math.abs(b[j] * design[j][i]);
            }
        }
        double[] residual = new double[n];
        for (int i = 0; i < n; i++) {
            double r = y[i] - fitted[i];
            residual[i] = Math.abs(r) <= ZERO_RESIDUAL * (size[i] + Math.abs(y[i])) ? 0 : r;
        }
        QuantileCovariance.Estimate estimate = QuantileCovariance.estimate(design, residual, y, q, covariance);
        Loss pinball = Losses.pinball(q);
        double loss = pinball.mean(y, fitted);
        double[] sorted = y.clone();
        Arrays.sort(sorted);
        double[] constant = new double[n];
        Arrays.fill(constant, sorted[Math.max(0, Math.min(n - 1, (int) Math.ceil(n * q) - 1))]);
        double pseudo = 1 - loss / pinball.mean(y, constant);
        TDistribution t = TDistribution.of(n - p);
        double critical = t.inverseCumulativeProbability(0.975);
        List<Term> terms = new ArrayList<>(p);
        for (int j = 0; j < p; j++) {
            double se = Math.sqrt(estimate.covariance()[j][j]);
            double stat = b[j] / se;
            terms.add(new Term(names.get(j), b[j], se, stat, 2 * t.survivalProbability(Math.abs(stat)),
                    b[j] - critical * se, b[j] + critical * se));
        }
        return new QuantileSummary(q, covariance, terms, loss * n, pseudo, n, n - p, estimate.bandwidth(),
                estimate.sparsity());
    }
}
