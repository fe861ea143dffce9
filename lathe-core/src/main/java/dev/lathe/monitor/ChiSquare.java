package dev.lathe.monitor;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Pearson's chi-square goodness-of-fit test of current category counts against the counts the reference
 * proportions predict, as Evidently's {@code chisquare} drift test: {@code scipy.stats.chisquare(f_obs=current,
 * f_exp=reference x n_current / n_reference)}, k - 1 degrees of freedom. A category the reference lacks has an
 * expected count of 0, an infinite statistic and a p-value of 0.
 *
 * <p>That goodness-of-fit form treats the reference proportions as known, so when the reference is itself a sample
 * of similar size it finds drift far more often than its level (about 22 % at p < 0.05 for three equally likely
 * categories and equal sample sizes). {@link #homogeneity} is the test of homogeneity of the 2 x k table
 * ({@code scipy.stats.chi2_contingency(..., correction=False)}), which keeps its level; the drift detector uses it.
 */
public final class ChiSquare {

    private ChiSquare() {
    }

    /**
     * Tests current counts against reference counts of the same categories (same order).
     *
     * @param reference reference count per category, non-negative, summing to more than 0
     * @param current   current count per category, non-negative, summing to more than 0
     * @return the chi-square statistic and its p-value
     */
    public static TestResult test(long[] reference, long[] current) {
        if (reference.length != current.length || reference.length < 2) {
            throw new IllegalArgumentException("the chi-square test needs the counts of the same categories, at least"
                    + " two, in both samples; got " + reference.length + " and " + current.length);
        }
        double referenceTotal = total(reference, "reference");
        double currentTotal = total(current, "current");
        double ratio = currentTotal / referenceTotal;
        double statistic = 0;
        for (int i = 0; i < reference.length; i++) {
            double expected = reference[i] * ratio;
            double diff = current[i] - expected;
            statistic += diff * diff / expected;
        }
        if (Double.isNaN(statistic)) {
            statistic = Double.POSITIVE_INFINITY;
        }
        double p = ChiSquaredDistribution.of(reference.length - 1).survivalProbability(statistic);
        return new TestResult(statistic, p);
    }

    /**
     * The chi-square test of homogeneity of reference and current counts of the same categories (same order), each
     * category present in at least one sample: sum (O - E)^2 / E over the 2 x k table with E = row total x column
     * total / n, k - 1 degrees of freedom.
     *
     * @param reference reference count per category, non-negative, summing to more than 0
     * @param current   current count per category, non-negative, summing to more than 0
     * @return the chi-square statistic and its p-value
     */
    public static TestResult homogeneity(long[] reference, long[] current) {
        if (reference.length != current.length || reference.length < 2) {
            throw new IllegalArgumentException("the chi-square test needs the counts of the same categories, at least"
                    + " two, in both samples; got " + reference.length + " and " + current.length);
        }
        double referenceTotal = total(reference, "reference");
        double currentTotal = total(current, "current");
        double n = referenceTotal + currentTotal;
        double statistic = 0;
        for (int i = 0; i < reference.length; i++) {
            double column = reference[i] + current[i];
            if (column == 0) {
                throw new IllegalArgumentException("category " + i + " has no count in either sample");
            }
            double expectedReference = referenceTotal * column / n;
            double expectedCurrent = currentTotal * column / n;
            statistic += square(reference[i] - expectedReference) / expectedReference
                    + square(current[i] - expectedCurrent) / expectedCurrent;
        }
        return new TestResult(statistic,
                ChiSquaredDistribution.of(reference.length - 1).survivalProbability(statistic));
    }

    private static double square(double x) {
        return x * x;
    }

    private static double total(long[] counts, String which) {
        long sum = 0;
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("the " + which + " counts hold a negative count " + c);
            }
            sum += c;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("the " + which + " counts are all 0");
        }
        return sum;
    }
}
