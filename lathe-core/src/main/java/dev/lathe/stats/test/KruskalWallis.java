package dev.lathe.stats.test;

import dev.lathe.stats.Correlation;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * The Kruskal-Wallis H test: whether k groups come from the same distribution, on the ranks of the pooled
 * values (tied values share their average rank). H is divided by the tie correction
 * 1 - sum(t^3 - t) / (N^3 - N) and compared with chi-square on k - 1 degrees of freedom, as scipy's
 * {@code kruskal} and R's {@code kruskal.test} do. The effect size is epsilon squared, H (N + 1) / (N^2 - 1).
 */
public final class KruskalWallis {

    private KruskalWallis() {
    }

    /**
     * The tie-corrected H test.
     *
     * @param names  the groups' names (for messages), or null
     * @param groups two or more samples, each with at least one finite value
     * @throws IllegalArgumentException for fewer than two groups, an empty group, a non-finite value, or all
     *                                  values equal (nothing to rank)
     */
    public static InferenceResult test(List<String> names, double[]... groups) {
        Groups g = Groups.of("Kruskal-Wallis test", names, groups, 1);
        int k = g.count();
        int n = g.total();
        double[] pooled = new double[n];
        int at = 0;
        for (int i = 0; i < k; i++) {
            System.arraycopy(g.values(i), 0, pooled, at, g.size(i));
            at += g.size(i);
        }
        double[] ranks = Correlation.averageRanks(pooled);
        double h = 0;
        at = 0;
        for (int i = 0; i < k; i++) {
            double sum = 0;
            for (int j = 0; j < g.size(i); j++) {
                sum += ranks[at++];
            }
            h += sum * sum / g.size(i);
        }
        h = 12.0 / ((double) n * (n + 1)) * h - 3.0 * (n + 1);
        double ties = tieCorrection(pooled);
        if (ties == 0) {
            throw new IllegalArgumentException("Kruskal-Wallis test: all " + n + " values are equal, so there is nothing to rank");
        }
        h /= ties;
        double p = ChiSquaredDistribution.of(k - 1).survivalProbability(h);
        return InferenceResult.builder("Kruskal-Wallis test", "H", h, p)
                .df(k - 1)
                .nullHypothesis("all " + k + " groups come from the same distribution")
                .effectSize(NamedInterval.point("epsilon_squared", h * (n + 1) / ((double) n * n - 1)))
                .extra("tie_correction", ties)
                .build();
    }

    /** 1 - sum over runs of tied values of (t^3 - t), divided by N^3 - N. */
    private static double tieCorrection(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double n = sorted.length;
        double sum = 0;
        for (int i = 0; i < sorted.length;) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            double t = j - i;
            sum += t * t * t - t;
            i = j;
        }
        return 1 - sum / (n * n * n - n);
    }
}
