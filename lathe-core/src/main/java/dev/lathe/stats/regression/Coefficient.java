package dev.lathe.stats.regression;

/**
 * One estimated coefficient with its inference.
 *
 * @param term      the design column's name
 * @param statistic t (or z when the covariance is robust, as statsmodels) = estimate / stdError
 * @param pValue    two-sided p-value of the statistic
 * @param ciLow     lower end of the 95% confidence interval
 * @param ciHigh    upper end of the 95% confidence interval
 */
public record Coefficient(String term, double estimate, double stdError, double statistic, double pValue,
                          double ciLow, double ciHigh) {
}
