package dev.lathe.stats.regression;

import java.util.List;

/**
 * A fitted binary logistic regression by maximum likelihood, with the inference statsmodels' {@code Logit}
 * reports.
 *
 * @param formula       the formula as given
 * @param coefficients  estimates with standard errors from the inverse information matrix, z statistics,
 *                      p-values and 95% Wald intervals
 * @param covariance    the inverse of the information matrix X'WX at the estimate
 * @param logLikelihood the log-likelihood at the estimate
 * @param nullLogLikelihood the log-likelihood of the intercept-only model
 * @param iterations    Newton (IRLS) steps taken
 * @param probabilities fitted P(y = 1) of each row used, in the order of {@code rows}
 * @param rows          the frame rows used (rows with a missing value are left out)
 */
public record LogitResult(String formula, List<Coefficient> coefficients, double[][] covariance,
                          double logLikelihood, double nullLogLikelihood, int iterations, double[] probabilities,
                          int[] rows) {

    public LogitResult {
        coefficients = List.copyOf(coefficients);
    }

    /** The coefficient of {@code term}. */
    public Coefficient coefficient(String term) {
        return coefficients.stream().filter(c -> c.term().equals(term)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no term '" + term + "'; terms: "
                        + coefficients.stream().map(Coefficient::term).toList()));
    }

    /** McFadden's pseudo R^2: 1 - llf / llnull. */
    public double pseudoRSquared() {
        return 1 - logLikelihood / nullLogLikelihood;
    }
}
