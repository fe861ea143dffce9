package dev.lathe.stats;

/**
 * A correlation coefficient with its two-sided p-value for the null hypothesis of no association.
 *
 * @param statistic the coefficient in [-1, 1], or NaN when an input is constant
 * @param pValue    two-sided p-value, or NaN where it is undefined (see the method that made it)
 * @param n         number of complete pairs used
 */
public record CorrelationResult(double statistic, double pValue, int n) {
}
