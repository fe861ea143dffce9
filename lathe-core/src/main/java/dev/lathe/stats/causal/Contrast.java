package dev.lathe.stats.causal;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A difference of means with its standard error; tests and intervals use the normal approximation, as
 * Card and Krueger's table does.
 *
 * @param estimate the difference
 * @param stdError its standard error
 */
public record Contrast(double estimate, double stdError) {

    private static final NormalDistribution Z = NormalDistribution.of(0, 1);

    /** estimate / stdError. */
    public double z() {
        return estimate / stdError;
    }

    /** Two-sided p-value of {@link #z()} under the standard normal. */
    public double pValue() {
        return 2 * Z.survivalProbability(Math.abs(z()));
    }

    /** Lower end of the two-sided interval at {@code level} in (0, 1), e.g. 0.95. */
    public double ciLow(double level) {
        return estimate - halfWidth(level);
    }

    /** Upper end of the two-sided interval at {@code level} in (0, 1), e.g. 0.95. */
    public double ciHigh(double level) {
        return estimate + halfWidth(level);
    }

    private double halfWidth(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        return Z.inverseSurvivalProbability((1 - level) / 2) * stdError;
    }
}
