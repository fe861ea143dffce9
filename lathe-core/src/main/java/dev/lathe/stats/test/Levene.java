package dev.lathe.stats.test;

import dev.lathe.math.Quantiles;
import java.util.List;

/**
 * Levene's test of equal variances: a one-way ANOVA on the absolute deviations of each value from its
 * group's center. Centred on the mean it is Levene's original test; on the median it is the Brown-Forsythe
 * test, robust to non-normal data (the default of scipy's {@code levene} and of R's {@code car::leveneTest}).
 */
public final class Levene {

    /** Which group center the deviations are taken from. */
    public enum Center {
        /** The group mean: Levene (1960). */
        MEAN,
        /** The group median: Brown and Forsythe (1974). */
        MEDIAN;

        /**
         * Reads {@code mean} or {@code median}.
         *
         * @throws IllegalArgumentException naming the value and the accepted ones
         */
        public static Center parse(String text) {
            return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "mean" -> MEAN;
                case "median" -> MEDIAN;
                default -> throw new IllegalArgumentException("unknown center '" + text + "': expected mean or median");
            };
        }
    }

    private Levene() {
    }

    /**
     * Levene's (or Brown-Forsythe's) test that all groups have the same variance.
     *
     * @param center the group center, {@link Center#MEDIAN} for Brown-Forsythe
     * @param names  the groups' names (for messages), or null
     * @param groups two or more samples, each with at least two finite values
     * @throws IllegalArgumentException for fewer than two groups, a group with fewer than two values, a
     *                                  non-finite value, or when every value equals its group's center
     */
    public static InferenceResult test(Center center, List<String> names, double[]... groups) {
        String test = center == Center.MEAN ? "Levene's test" : "Brown-Forsythe test";
        Groups g = Groups.of(test, names, groups, 2);
        double[][] deviations = new double[g.count()][];
        for (int i = 0; i < g.count(); i++) {
            double[] x = g.centered(i);
            double c = center == Center.MEAN ? g.centeredMean(i) : median(x);
            deviations[i] = new double[x.length];
            for (int j = 0; j < x.length; j++) {
                deviations[i][j] = Math.abs(x[j] - c);
            }
        }
        OneWayAnova.Table t;
        try {
            t = OneWayAnova.table(Groups.derived(g, deviations));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(test + ": every value lies at the same distance from its group's "
                    + center.name().toLowerCase(java.util.Locale.ROOT) + ", so the test is undefined", e);
        }
        return InferenceResult.builder(test, "W", t.f(), t.pValue())
                .df(t.dfBetween(), t.dfWithin())
                .nullHypothesis("all " + g.count() + " group variances are equal")
                .build();
    }

    private static double median(double[] values) {
        double[] sorted = Quantiles.sortedWithoutNaN(values);
        return Quantiles.ofSorted(sorted, sorted.length, 0.5);
    }
}
