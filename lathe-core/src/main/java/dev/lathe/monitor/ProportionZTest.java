package dev.lathe.monitor;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The two-proportion Z-test with a pooled proportion, two-sided, as Evidently's {@code z} drift test for columns
 * with two categories: z = (p1 - p2) / sqrt(P (1 - P) (1/n1 + 1/n2)), p = 2 (1 - Phi(|z|)).
 */
public final class ProportionZTest {

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private ProportionZTest() {
    }

    /**
     * Tests whether a category's share differs between two samples.
     *
     * @param hits1 rows of the first sample in the category, 0 to {@code n1}
     * @param n1    size of the first sample, at least 1
     * @param hits2 rows of the second sample in the category, 0 to {@code n2}
     * @param n2    size of the second sample, at least 1
     * @return z and its p-value; when both samples are all in or all out of the category, z = 0 and p = 1
     */
    public static TestResult test(long hits1, long n1, long hits2, long n2) {
        if (n1 < 1 || n2 < 1 || hits1 < 0 || hits1 > n1 || hits2 < 0 || hits2 > n2) {
            throw new IllegalArgumentException("the Z-test needs 0 <= hits <= n and n >= 1 for both samples, got "
                    + hits1 + "/" + n1 + " and " + hits2 + "/" + n2);
        }
        double p1 = (double) hits1 / n1;
        double p2 = (double) hits2 / n2;
        double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
        double variance = pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2);
        if (variance == 0) {
            return new TestResult(0, 1);
        }
        double z = (p1 - p2) / Math.sqrt(variance);
        return new TestResult(z, 2 * (1 - NORMAL.cumulativeProbability(Math.abs(z))));
    }
}
