package dev.lathe.stats.distribution;

import java.util.function.DoubleUnaryOperator;

/**
 * Fitted parameters with the fitted distribution's log density (log probability for counts) and
 * distribution function.
 *
 * @param parameters in the order of {@link DistributionFamily#parameterNames()}
 * @param logDensity log f(x)
 * @param cdf        F(x) = P(X <= x)
 */
record Estimate(double[] parameters, DoubleUnaryOperator logDensity, DoubleUnaryOperator cdf) {
}
