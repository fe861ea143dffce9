package dev.lathe.stats.test;

import java.util.List;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * Welch's one-way ANOVA (Welch 1951): whether k groups share one mean without assuming equal variances.
 * Each group's mean is weighted by n / s^2; the statistic follows approximately F(k - 1, df2) with df2 from
 * Welch's correction. Matches R's {@code oneway.test(var.equal = FALSE)} and statsmodels'
 * {@code anova_oneway(use_var="unequal")}.
 */
public final class WelchAnova {

    private WelchAnova() {
    }

    /**
     * Welch's F test that all group means are equal; the estimate of the weighted grand mean and each
     * group's weight are not reported, the denominator degrees of freedom are {@code df2}.
     *
     * @param names  the groups' names (for messages), or null
     * @param groups two or more samples, each with at least two finite values and some variance
     * @throws IllegalArgumentException for fewer than two groups, a group with fewer than two values, a
     *                                  non-finite value, or a group without variance (its weight is infinite)
     */
    public static InferenceResult test(List<String> names, double[]... groups) {
        Groups g = Groups.of("Welch's ANOVA", names, groups, 2);
        int k = g.count();
        double[] w = new double[k];
        double sumW = 0;
        double weightedMean = 0;
        for (int i = 0; i < k; i++) {
            if (g.variance(i) == 0) {
                throw new IllegalArgumentException("Welch's ANOVA: group '" + g.name(i)
                        + "' has no variance (all values equal), so its weight n / s^2 is infinite");
            }
            w[i] = g.size(i) / g.variance(i);
            sumW += w[i];
            weightedMean += w[i] * g.centeredMean(i);
        }
        weightedMean /= sumW;
        double between = 0;
        double tmp = 0;
        for (int i = 0; i < k; i++) {
            double d = g.centeredMean(i) - weightedMean;
            between += w[i] * d * d;
            double share = 1 - w[i] / sumW;
            tmp += share * share / (g.size(i) - 1);
        }
        double kk = (double) k * k - 1;
        double f = (between / (k - 1)) / (1 + 2.0 * (k - 2) / kk * tmp);
        double df2 = kk / (3 * tmp);
        double p = FDistribution.of(k - 1, df2).survivalProbability(f);
        return InferenceResult.builder("Welch's ANOVA", "F", f, p)
                .df(k - 1, df2)
                .nullHypothesis("all " + k + " group means are equal")
                .build();
    }
}
