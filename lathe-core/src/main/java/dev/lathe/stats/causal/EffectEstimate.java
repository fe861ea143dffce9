package dev.lathe.stats.causal;

/**
 * A treatment-effect estimate with its bootstrap percentile interval.
 *
 * @param estimate on the data as given
 * @param stdError standard deviation of the bootstrap replicates
 * @param ciLow    lower percentile of the replicates
 * @param ciHigh   upper percentile of the replicates
 */
public record EffectEstimate(double estimate, double stdError, double ciLow, double ciHigh) {
}
