package dev.lathe.stats.ab;

import java.util.List;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.SignificanceResult;

/**
 * The sample-ratio-mismatch check: whether the units per arm fit the planned split, by the chi-square
 * goodness-of-fit test. A mismatch (by convention p below 0.001) means the assignment or the logging is broken
 * and the comparison between arms cannot be trusted.
 *
 * @param arms      the arms' names
 * @param counts    the units seen per arm
 * @param expected  the units expected per arm under the planned shares
 * @param statistic the chi-square statistic, with {@code arms - 1} degrees of freedom
 * @param pValue    its p-value
 * @param threshold the p-value below which a mismatch is declared
 */
public record SampleRatioCheck(List<String> arms, long[] counts, double[] expected, double statistic, double pValue,
                               double threshold) {

    /** The conventional threshold, 0.001. */
    public static final double DEFAULT_THRESHOLD = 0.001;

    /** Copies the arrays and the list. */
    public SampleRatioCheck {
        arms = List.copyOf(arms);
        counts = counts.clone();
        expected = expected.clone();
    }

    /**
     * Tests the observed counts against the planned shares.
     *
     * @param arms      the arms' names, at least two
     * @param counts    units per arm, non-negative
     * @param shares    the planned share of each arm, positive (normalised here); null for equal shares
     * @param threshold the mismatch threshold, in (0, 1)
     */
    public static SampleRatioCheck of(List<String> arms, long[] counts, double[] shares, double threshold) {
        int k = arms.size();
        if (k < 2 || counts.length != k || (shares != null && shares.length != k)) {
            throw new IllegalArgumentException("sample ratio check needs at least two arms and one count (and share) "
                    + "per arm, got " + k + " arms, " + counts.length + " counts"
                    + (shares == null ? "" : ", " + shares.length + " shares"));
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("mismatch threshold must be in (0, 1), got " + threshold);
        }
        double total = 0;
        double shareTotal = 0;
        for (int i = 0; i < k; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("count of arm '" + arms.get(i) + "' is negative: " + counts[i]);
            }
            double s = shares == null ? 1 : shares[i];
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("planned share of arm '" + arms.get(i)
                        + "' must be positive and finite, got " + s);
            }
            total += counts[i];
            shareTotal += s;
        }
        if (total == 0) {
            throw new IllegalArgumentException("sample ratio check: no units in any arm");
        }
        double[] expected = new double[k];
        for (int i = 0; i < k; i++) {
            expected[i] = total * (shares == null ? 1 : shares[i]) / shareTotal;
        }
        SignificanceResult r = ChiSquareTest.withDefaults().test(expected, counts);
        return new SampleRatioCheck(arms, counts, expected, r.getStatistic(), r.getPValue(), threshold);
    }

    /** Whether the split is off plan: p below the threshold. */
    public boolean mismatch() {
        return pValue < threshold;
    }
}
