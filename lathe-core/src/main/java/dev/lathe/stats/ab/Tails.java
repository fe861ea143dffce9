package dev.lathe.stats.ab;

import dev.lathe.stats.test.Alternative;
import org.apache.commons.statistics.distribution.NormalDistribution;

/** Power of a test whose statistic is Normal (z tests), shared by the proportion designs. */
final class Tails {

    private static final NormalDistribution Z = NormalDistribution.of(0, 1);

    private Tails() {
    }

    /**
     * The probability of rejecting when the true effect is {@code effect}: the statistic is the estimated effect,
     * with standard error {@code se0} under the null (which sets the critical value) and {@code se1} under the
     * alternative. Two-sided tests count the far tail too when {@code strict}.
     */
    static double normalPower(double effect, double se0, double se1, double alpha, Alternative alternative,
                              boolean strict) {
        return switch (alternative) {
            case GREATER -> Z.cumulativeProbability((effect - critical(alpha) * se0) / se1);
            case LESS -> Z.cumulativeProbability((-effect - critical(alpha) * se0) / se1);
            case TWO_SIDED -> {
                double z = critical(alpha / 2);
                double e = Math.abs(effect);
                double near = Z.cumulativeProbability((e - z * se0) / se1);
                yield strict ? near + Z.cumulativeProbability((-e - z * se0) / se1) : near;
            }
        };
    }

    /** The upper {@code tail} quantile of the standard Normal. */
    static double critical(double tail) {
        return Z.inverseSurvivalProbability(tail);
    }

    static void checkAlpha(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
    }

    static void checkPower(double power, double alpha) {
        if (!(power > alpha && power < 1)) {
            throw new IllegalArgumentException("target power must be in (alpha, 1) = (" + alpha + ", 1), got " + power);
        }
    }

    static void checkRatio(double ratio) {
        if (!(ratio > 0 && Double.isFinite(ratio))) {
            throw new IllegalArgumentException("group size ratio n2 / n1 must be positive and finite, got " + ratio);
        }
    }
}
