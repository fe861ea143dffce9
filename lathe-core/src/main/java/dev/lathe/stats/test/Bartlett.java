package dev.lathe.stats.test;

import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Bartlett's test of equal variances (Bartlett 1937): compares the log of the pooled variance with the
 * logs of the group variances; chi-square on k - 1 degrees of freedom. Exact for normal data and sensitive
 * to departures from normality (use {@link Levene} then).
 */
public final class Bartlett {

    private Bartlett() {
    }

    /**
     * Bartlett's test that all groups have the same variance.
     *
     * @param names  the groups' names (for messages), or null
     * @param groups two or more samples, each with at least two finite values and some variance
     * @throws IllegalArgumentException for fewer than two groups, a group with fewer than two values, a
     *                                  non-finite value, or a group without variance (its log is undefined)
     */
    public static InferenceResult test(List<String> names, double[]... groups) {
        Groups g = Groups.of("Bartlett's test", names, groups, 2);
        int k = g.count();
        int n = g.total();
        double pooled = 0;
        double sumLog = 0;
        double sumInverse = 0;
        for (int i = 0; i < k; i++) {
            double v = g.variance(i);
            if (v == 0) {
                throw new IllegalArgumentException("Bartlett's test: group '" + g.name(i)
                        + "' has no variance (all values equal), so its log-variance is undefined");
            }
            int df = g.size(i) - 1;
            pooled += df * v;
            sumLog += df * Math.log(v);
            sumInverse += 1.0 / df;
        }
        pooled /= n - k;
        double numerator = (n - k) * Math.log(pooled) - sumLog;
        double denominator = 1 + (sumInverse - 1.0 / (n - k)) / (3.0 * (k - 1));
        double statistic = numerator / denominator;
        double p = ChiSquaredDistribution.of(k - 1).survivalProbability(statistic);
        return InferenceResult.builder("Bartlett's test", "K2", statistic, p)
                .df(k - 1)
                .nullHypothesis("all " + k + " group variances are equal")
                .build();
    }
}
