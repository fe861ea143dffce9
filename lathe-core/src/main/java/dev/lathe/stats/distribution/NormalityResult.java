package dev.lathe.stats.distribution;

/**
 * The outcome of a test of the null hypothesis that a column's values come from a normal distribution.
 *
 * @param column    the column's name
 * @param statistic the test statistic (see the test that made it)
 * @param pValue    the p-value: small values speak against normality
 * @param count     present values tested
 * @param missing   missing values left out
 */
public record NormalityResult(String column, double statistic, double pValue, int count, int missing) {
}
