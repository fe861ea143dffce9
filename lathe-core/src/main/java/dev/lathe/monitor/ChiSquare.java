package dev.lathe.monitor;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Pearson's chi-square goodness-of-fit test of current category counts against the counts the reference
 * proportions predict, as Evidently's {@code chisquare} drift test: {@code scipy.stats.chisquare(f_obs=current,
 * f_exp=reference x n_current / n_reference)}, k - 1 degrees of freedom. A category the reference lacks has an
 * expected count of 0, an infinite statistic and a p-value of 0.
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
