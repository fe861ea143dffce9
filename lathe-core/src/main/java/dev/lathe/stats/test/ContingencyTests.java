package dev.lathe.stats.test;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.GTest;
import org.apache.commons.statistics.inference.SignificanceResult;

/**
 * Pearson's chi-square and the G-test (log-likelihood ratio) for goodness of fit and for independence in a
 * contingency table, as {@code scipy.stats.chisquare}, {@code chi2_contingency} and {@code power_divergence}
 * compute them (uncorrected statistics from Commons Statistics). A 2 x 2 independence test applies Yates'
 * continuity correction when asked (scipy's and R's default), moving each observed count half a unit, at most
 * to its expected count, towards the expected. Effect sizes: Cohen's w for goodness of fit, Cramer's V for
 * independence (from the uncorrected Pearson statistic, whichever test is run), and for a 2 x 2 table phi,
 * signed (ad - bc) / sqrt of the margins' product, with the odds and risk ratios of {@link TwoByTwo}.
 */
public final class ContingencyTests {

    private ContingencyTests() {
    }

    /** Which statistic: Pearson's X^2 or the likelihood-ratio G. */
    public enum Statistic {
        /** Pearson's chi-square: sum (O - E)^2 / E. */
        PEARSON,
        /** The G-test: 2 sum O log(O / E). */
        G
    }

    /**
     * Goodness of fit of observed counts to expected proportions, with k - 1 degrees of freedom.
     *
     * @param observed      the counts of each category, at least 2 categories, none negative, total above 0
     * @param probabilities the expected share of each category, each in [0, 1] (positive) and summing to 1
     *                      within 1e-8; null for equal shares
     */
    public static InferenceResult goodnessOfFit(long[] observed, double[] probabilities, Statistic statistic) {
        if (observed.length < 2) {
            throw new IllegalArgumentException("goodness of fit needs at least 2 categories, got " + observed.length);
        }
        long n = 0;
        for (int i = 0; i < observed.length; i++) {
            n += Samples.count(observed[i], "count of category " + (i + 1));
        }
        if (n == 0) {
            throw new IllegalArgumentException("every observed count is zero: nothing to test");
        }
        double[] expected = new double[observed.length];
        if (probabilities == null) {
            java.util.Arrays.fill(expected, (double) n / observed.length);
        } else {
            if (probabilities.length != observed.length) {
                throw new IllegalArgumentException(probabilities.length + " probabilities for " + observed.length
                        + " categories: expected one per category");
            }
            double sum = 0;
            for (int i = 0; i < probabilities.length; i++) {
                Samples.probability(probabilities[i], "probability of category " + (i + 1));
                if (probabilities[i] == 0) {
                    throw new IllegalArgumentException("probability of category " + (i + 1)
                            + " is 0: its expected count would be zero");
                }
                sum += probabilities[i];
                expected[i] = probabilities[i] * n;
            }
            if (Math.abs(sum - 1) > 1e-8) {
                throw new IllegalArgumentException("the probabilities sum to " + sum + ": expected 1");
            }
        }
        SignificanceResult r = statistic == Statistic.PEARSON
                ? ChiSquareTest.withDefaults().test(expected, observed)
                : GTest.withDefaults().test(expected, observed);
        return InferenceResult.builder(statistic == Statistic.PEARSON ? "Chi-square goodness-of-fit test"
                                : "G-test of goodness of fit", statistic == Statistic.PEARSON ? "chi2" : "G",
                        r.getStatistic(), r.getPValue())
                .df(observed.length - 1)
                .nullHypothesis("the counts follow the expected proportions")
                .effectSize(NamedInterval.point("cohen_w", Math.sqrt(r.getStatistic() / n)))
                .extra("expected", java.util.Arrays.stream(expected).boxed().toList())
                .build();
    }

    /**
     * Test of independence of the rows and columns of a contingency table, with (r - 1)(c - 1) degrees of
     * freedom.
     *
     * @param table a table of counts, at least 2 x 2, none negative, no all-zero row or column
     * @param yates      whether to apply Yates' correction; only a 2 x 2 Pearson test is corrected
     * @param confidence level of the odds and risk ratios' intervals of a 2 x 2 table, in (0, 1)
     */
    public static InferenceResult independence(long[][] table, Statistic statistic, boolean yates,
                                               double confidence) {
        Tables.check(table);
        double[][] expected = Tables.expected(table);
        int df = (table.length - 1) * (table[0].length - 1);
        boolean corrected = yates && df == 1 && statistic == Statistic.PEARSON;
        double value;
        double p;
        if (corrected) {
            value = yatesStatistic(table, expected);
            p = ChiSquaredDistribution.of(1).survivalProbability(value);
        } else {
            SignificanceResult r = statistic == Statistic.PEARSON ? ChiSquareTest.withDefaults().test(table)
                    : GTest.withDefaults().test(table);
            value = r.getStatistic();
            p = r.getPValue();
        }
        double n = Tables.total(table);
        double uncorrected = corrected || statistic == Statistic.G
                ? ChiSquareTest.withDefaults().statistic(table) : value;
        int k = Math.min(table.length, table[0].length);
        String name = statistic == Statistic.G ? "G-test of independence"
                : corrected ? "Chi-square test of independence with Yates' correction"
                : "Chi-square test of independence";
        InferenceResult.Builder result = InferenceResult.builder(name, statistic == Statistic.G ? "G" : "chi2",
                        value, p)
                .df(df)
                .nullHypothesis("rows and columns are independent")
                .effectSize(NamedInterval.point("cramers_v", Math.sqrt(uncorrected / (n * (k - 1)))))
                .extra("expected", Tables.asLists(expected));
        if (df == 1) {
            double a = table[0][0];
            double b = table[0][1];
            double c = table[1][0];
            double d = table[1][1];
            result.extra("phi", (a * d - b * c) / Math.sqrt((a + b) * (c + d) * (a + c) * (b + d)));
            TwoByTwo.addTo(result, table, confidence);
        }
        return result.build();
    }

    /** sum (|O - E| - min(0.5, |O - E|))^2 / E, as scipy's chi2_contingency with correction. */
    private static double yatesStatistic(long[][] table, double[][] expected) {
        double s = 0;
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table[i].length; j++) {
                double gap = Math.abs(table[i][j] - expected[i][j]);
                gap -= Math.min(0.5, gap);
                s += gap * gap / expected[i][j];
            }
        }
        return s;
    }
}
