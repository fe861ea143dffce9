package dev.lathe.stats.test;

import dev.lathe.parallel.Chunks;
import dev.lathe.stats.distribution.StudentizedRange;
import java.util.List;

/**
 * Tukey's honestly significant difference: every pair of group means compared at once, with simultaneous
 * confidence intervals and p-values from the studentized range distribution, so that the family-wise error
 * rate is the chosen level. Unequal group sizes use the Tukey-Kramer standard error
 * sqrt(MSW / 2 (1/n_i + 1/n_j)). Matches scipy's {@code tukey_hsd} and R's {@code TukeyHSD}. Pairs are
 * evaluated in parallel, each on its own, so results do not depend on the number of threads.
 */
public final class TukeyHsd {

    private TukeyHsd() {
    }

    /**
     * One pair of groups.
     *
     * @param first      the first group's name
     * @param second     the second group's name
     * @param difference mean of {@code second} minus mean of {@code first} (statsmodels' "meandiff")
     * @param low        lower end of the simultaneous confidence interval of the difference
     * @param high       upper end of the simultaneous confidence interval of the difference
     * @param q          the studentized range statistic |difference| / standard error
     * @param pValue     the family-wise adjusted p-value, P(Q > q)
     */
    public record Comparison(String first, String second, double difference, double low, double high, double q,
                             double pValue) {

        /** Whether the two means differ at family-wise level {@code alpha} (adjusted p-value at most alpha). */
        public boolean rejects(double alpha) {
            return pValue <= alpha;
        }
    }

    /**
     * All pairwise comparisons, in the order (1, 2), (1, 3), ..., (2, 3), ...
     *
     * @param comparisons the pairs
     * @param msWithin    the pooled within-group variance (ANOVA's mean square error)
     * @param dfWithin    its degrees of freedom, N - k
     * @param critical    the studentized range quantile at the confidence level: half-widths are critical * SE
     * @param confidence  the simultaneous confidence level of the intervals
     */
    public record Result(List<Comparison> comparisons, double msWithin, int dfWithin, double critical,
                         double confidence) {
    }

    /**
     * Tukey's HSD of the groups.
     *
     * @param names      the groups' names, or null for "1", "2", ...
     * @param confidence simultaneous confidence level of the intervals, in (0, 1), e.g. 0.95
     * @param groups     two or more samples, each with at least two finite values
     * @throws IllegalArgumentException for a level outside (0, 1), fewer than two groups, a group with fewer
     *                                  than two values, a non-finite value, or no variance within any group
     */
    public static Result test(List<String> names, double confidence, double[]... groups) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("Tukey HSD: confidence must be in (0, 1), got " + confidence);
        }
        Groups g = Groups.of("Tukey HSD", names, groups, 2);
        OneWayAnova.Table table = OneWayAnova.table(g);
        int k = g.count();
        StudentizedRange range = StudentizedRange.of(k, table.dfWithin());
        double critical = range.inverseCumulativeProbability(confidence);
        int[][] pairs = new int[k * (k - 1) / 2][];
        int at = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                pairs[at++] = new int[] {i, j};
            }
        }
        Comparison[] out = new Comparison[pairs.length];
        Chunks.run(pairs.length, c -> {
            int i = pairs[c][0];
            int j = pairs[c][1];
            double diff = g.centeredMean(j) - g.centeredMean(i);
            double se = Math.sqrt(table.msWithin() / 2 * (1.0 / g.size(i) + 1.0 / g.size(j)));
            double q = Math.abs(diff) / se;
            out[c] = new Comparison(g.name(i), g.name(j), diff, diff - critical * se, diff + critical * se, q,
                    range.survivalProbability(q));
        });
        return new Result(List.of(out), table.msWithin(), table.dfWithin(), critical, confidence);
    }
}
