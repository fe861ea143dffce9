package dev.lathe.stats.test;

import java.util.Locale;

/**
 * The alternative hypothesis of a test: the direction in which the null hypothesis is rejected.
 * Spelled on the command line as R and scipy spell it: {@code two-sided}, {@code less}, {@code greater}.
 */
public enum Alternative {
    /** The parameter differs from the null value in either direction. */
    TWO_SIDED,
    /** The parameter is below the null value (for two samples: the first sample's is smaller). */
    LESS,
    /** The parameter is above the null value (for two samples: the first sample's is larger). */
    GREATER;

    /** The name as users type it: {@code two-sided}, {@code less} or {@code greater}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Reads {@code two-sided} (also {@code two_sided}, {@code two.sided}), {@code less} or {@code greater}.
     *
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static Alternative parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace('.', '-');
        for (Alternative a : values()) {
            if (a.label().equals(key)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown alternative '" + text + "': expected two-sided, less or greater");
    }

    /**
     * The p-value of an observed statistic from its two tail probabilities under the null hypothesis.
     *
     * @param lowerTail P(T <= t), the probability of a statistic at or below the observed one
     * @param upperTail P(T >= t), the probability of a statistic at or above the observed one
     * @return {@code lowerTail} for {@link #LESS}, {@code upperTail} for {@link #GREATER}, and twice the
     *         smaller tail, capped at 1, for {@link #TWO_SIDED}
     */
    public double pValue(double lowerTail, double upperTail) {
        return switch (this) {
            case LESS -> lowerTail;
            case GREATER -> upperTail;
            case TWO_SIDED -> Math.min(1.0, 2.0 * Math.min(lowerTail, upperTail));
        };
    }
}
