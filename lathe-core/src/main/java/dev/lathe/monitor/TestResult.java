package dev.lathe.monitor;

/**
 * The outcome of a two-sample test: its statistic and p-value.
 *
 * @param statistic the test statistic
 * @param pValue    the p-value in [0, 1]
 */
public record TestResult(double statistic, double pValue) {
}
