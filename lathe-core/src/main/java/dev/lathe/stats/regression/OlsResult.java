package dev.lathe.stats.regression;

import java.util.List;
import java.util.Locale;

/**
 * A fitted ordinary (or weighted) least squares regression with the inference statsmodels users expect.
 *
 * @param useT              whether statistics are t (classical covariance) or z (robust covariances)
 * @param rSquared          centred R^2 with an intercept, uncentred without
 * @param fStatistic        F test that all coefficients but the intercept are 0 (a Wald test under robust covariance)
 * @param residualStdError  sqrt(SSR / df_residual)
 * @param logLikelihood     Gaussian log-likelihood at the estimate
 * @param aic               -2 llf + 2 k, k counting the intercept
 * @param bic               -2 llf + ln(n) k
 * @param conditionNumber   ratio of the largest to the smallest singular value of the (weighted) design
 * @param droppedRows       rows left out for missing values
 * @param covariance        the estimated covariance of the coefficients, in their order (the one the standard
 *                          errors come from)
 * @param dfWald            denominator degrees of freedom of F tests under this covariance (statsmodels': the
 *                          residual df, or the number of clusters - 1)
 */
public record OlsResult(String formula, String response, List<Coefficient> coefficients,
                        CovarianceType covarianceType, boolean useT, int n, int dfModel, int dfResidual,
                        double rSquared, double adjRSquared, double fStatistic, double fPValue,
                        double residualStdError, double logLikelihood, double aic, double bic,
                        double conditionNumber, ResidualDiagnostics diagnostics, int droppedRows,
                        double[][] covariance, int dfWald) {

    public OlsResult {
        coefficients = List.copyOf(coefficients);
        covariance = copy(covariance);
    }

    /** The coefficient of {@code term}. */
    public Coefficient coefficient(String term) {
        return coefficients.stream().filter(c -> c.term().equals(term)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no term '" + term + "'; terms: "
                        + coefficients.stream().map(Coefficient::term).toList()));
    }

    /** The covariance of the coefficients (a copy), rows and columns in the order of {@link #coefficients}. */
    @Override
    public double[][] covariance() {
        return copy(covariance);
    }

    /** The index of {@code term} in {@link #coefficients}. */
    public int indexOf(String term) {
        return coefficients.indexOf(coefficient(term));
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    /** A text summary laid out as statsmodels' OLS summary. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        String rule = "=".repeat(78) + "\n";
        sb.append(center("OLS Regression Results")).append(rule);
        row(sb, "Dep. Variable:", response, "R-squared:", fmt(rSquared, 3));
        row(sb, "Model:", "OLS", "Adj. R-squared:", fmt(adjRSquared, 3));
        row(sb, "Covariance Type:", covarianceType.name().toLowerCase(Locale.ROOT), "F-statistic:", fmt(fStatistic, 4));
        row(sb, "No. Observations:", Integer.toString(n), "Prob (F-statistic):", sci(fPValue));
        row(sb, "Df Residuals:", Integer.toString(dfResidual), "Log-Likelihood:", fmt(logLikelihood, 4));
        row(sb, "Df Model:", Integer.toString(dfModel), "AIC:", fmt(aic, 4));
        row(sb, "Residual Std. Error:", fmt(residualStdError, 4), "BIC:", fmt(bic, 4));
        sb.append(rule);
        String stat = useT ? "t" : "z";
        sb.append(String.format(Locale.ROOT, "%-24s %12s %10s %9s %9s %10s %10s%n", "", "coef", "std err", stat,
                "P>|" + stat + "|", "[0.025", "0.975]"));
        sb.append("-".repeat(78)).append('\n');
        for (Coefficient c : coefficients) {
            sb.append(String.format(Locale.ROOT, "%-24s %12.4f %10.4f %9.3f %9.3f %10.4f %10.4f%n",
                    clip(c.term()), c.estimate(), c.stdError(), c.statistic(), c.pValue(), c.ciLow(), c.ciHigh()));
        }
        sb.append(rule);
        row(sb, "Omnibus:", fmt(diagnostics.omnibus(), 3), "Durbin-Watson:", fmt(diagnostics.durbinWatson(), 3));
        row(sb, "Prob(Omnibus):", fmt(diagnostics.omnibusP(), 3), "Jarque-Bera (JB):", fmt(diagnostics.jarqueBera(), 3));
        row(sb, "Skew:", fmt(diagnostics.skew(), 3), "Prob(JB):", sci(diagnostics.jarqueBeraP()));
        row(sb, "Kurtosis:", fmt(diagnostics.kurtosis(), 3), "Cond. No.", sci(conditionNumber));
        sb.append(rule);
        if (droppedRows > 0) {
            sb.append(droppedRows).append(" rows with missing values were left out.\n");
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String k1, String v1, String k2, String v2) {
        sb.append(String.format(Locale.ROOT, "%-20s %18s   %-20s %15s%n", k1, v1, k2, v2));
    }

    private static String center(String s) {
        int pad = Math.max(0, (78 - s.length()) / 2);
        return " ".repeat(pad) + s + "\n";
    }

    private static String clip(String s) {
        return s.length() <= 24 ? s : s.substring(0, 21) + "...";
    }

    private static String fmt(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    private static String sci(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
