package dev.lathe.stats.test;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.inference.BinomialTest;

/**
 * McNemar's test of paired binary outcomes, from the 2 x 2 table [[a, b], [c, d]] of the first outcome
 * (rows) against the second (columns): H0 is that the discordant pairs b and c are equally likely. The
 * chi-square form (|b - c| - 1)^2 / (b + c) with continuity correction is R's {@code mcnemar.test} and
 * statsmodels' {@code mcnemar(exact=False)}; the exact form is the two-sided binomial test of b out of b + c
 * at one half ({@code mcnemar(exact=True)}). The estimate is the paired odds ratio b / c with the interval
 * exp(log(b / c) +- z sqrt(1/b + 1/c)).
 */
public final class McNemar {

    private McNemar() {
    }

    /**
     * McNemar's test of a 2 x 2 table of paired outcomes.
     *
     * @param table      2 x 2 counts, none negative, with at least one discordant pair (b + c > 0)
     * @param exact      true for the exact binomial form, false for the chi-square form
     * @param correction whether the chi-square form subtracts 1 from |b - c| (ignored when exact)
     * @param confidence level of the odds ratio's interval
     */
    public static InferenceResult test(long[][] table, boolean exact, boolean correction, double confidence) {
        if (table.length != 2 || table[0].length != 2 || table[1].length != 2) {
            throw new IllegalArgumentException("McNemar's test needs a 2 x 2 table");
        }
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                Samples.count(table[i][j], "count at row " + (i + 1) + ", column " + (j + 1));
            }
        }
        long b = table[0][1];
        long c = table[1][0];
        if (b + c == 0) {
            throw new IllegalArgumentException("no discordant pairs (b = c = 0): McNemar's test has nothing to "
                    + "compare");
        }
        double statistic;
        double p;
        if (exact) {
            statistic = Math.min(b, c);
            p = BinomialTest.withDefaults().test(Math.toIntExact(b + c), (int) Math.min(b, c), 0.5).getPValue();
        } else {
            double gap = Math.abs(b - c) - (correction ? 1 : 0);
            statistic = gap * gap / (b + c);
            p = ChiSquaredDistribution.of(1).survivalProbability(statistic);
        }
        double ratio = (double) b / c;
        NamedInterval odds = b == 0 || c == 0 ? new NamedInterval("paired_odds_ratio", ratio, Double.NaN, Double.NaN,
                Samples.confidence(confidence))
                : Intervals.logNormal("paired_odds_ratio", ratio, Math.sqrt(1.0 / b + 1.0 / c), confidence);
        InferenceResult.Builder result = InferenceResult.builder(
                        exact ? "McNemar's exact test" : "McNemar's chi-square test",
                        exact ? "min(b, c)" : "chi2", statistic, p)
                .nullHypothesis("the two discordant outcomes are equally likely")
                .estimate(odds)
                .extra("discordant_b", b)
                .extra("discordant_c", c);
        if (!exact) {
            result.df(1);
        }
        return result.build();
    }
}
