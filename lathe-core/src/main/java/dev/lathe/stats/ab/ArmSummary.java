package dev.lathe.stats.ab;

/**
 * One arm's units and metric.
 *
 * @param arm          the arm's label
 * @param n            the number of units
 * @param mean         the metric's mean (the conversion rate for a binary metric)
 * @param sd           the metric's standard deviation (n - 1)
 * @param adjustedMean the CUPED-adjusted mean, equal to {@code mean} without a covariate
 */
public record ArmSummary(String arm, int n, double mean, double sd, double adjustedMean) {
}
