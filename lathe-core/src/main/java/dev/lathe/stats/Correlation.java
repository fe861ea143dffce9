package dev.lathe.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Pearson, Spearman and Kendall tau-b correlation of two samples with two-sided p-values computed as
 * scipy 1.10 computes them ({@code scipy.stats.pearsonr}, {@code spearmanr}, {@code kendalltau}).
 *
 * <p>Missing values are handled pairwise: a pair is used only when both values are present (not NaN).
 * Every method rejects samples of different lengths, infinite values and fewer than 2 complete pairs with
 * an {@link IllegalArgumentException}. When either sample is constant over the complete pairs the
 * coefficient is undefined and the result holds NaN statistic and p-value (scipy warns and does the same).
 */
public final class Correlation {

    /** The coefficient to compute. */
    public enum Method {
        /** Pearson product-moment correlation. */
        PEARSON,
        /** Spearman rank correlation (average ranks for ties). */
        SPEARMAN,
        /** Kendall tau-b with the p-value chosen as scipy's {@code method='auto'}. */
        KENDALL
    }

    private Correlation() {
    }

    /** The coefficient {@code method} of {@code x} and {@code y}; see the method of that name. */
    public static CorrelationResult of(Method method, double[] x, double[] y) {
        return switch (method) {
            case PEARSON -> pearson(x, y);
            case SPEARMAN -> spearman(x, y);
            case KENDALL -> kendall(x, y);
        };
    }

    /**
     * Pearson correlation. The p-value is exact under bivariate normality: |r| against the beta
     * distribution with both shapes n/2 - 1 on [-1, 1] (equivalently t = r sqrt((n-2)/(1-r^2)) with n - 2
     * degrees of freedom), as {@code scipy.stats.pearsonr}. With exactly 2 pairs r is +-1 and p is 1.
     */
    public static CorrelationResult pearson(double[] x, double[] y) {
        return pearsonOfPairs(x, y, checkPairs(x, y));
    }

    /**
     * Spearman rank correlation: Pearson correlation of the average ranks. The p-value uses the t
     * approximation t = r sqrt((n-2) / ((1+r)(1-r))) with n - 2 degrees of freedom, as
     * {@code scipy.stats.spearmanr}; with exactly 2 pairs it is NaN (no degrees of freedom).
     */
    public static CorrelationResult spearman(double[] x, double[] y) {
        double[][] xy = completePairs(x, y);
        return spearmanOfRanks(averageRanks(xy[0]), averageRanks(xy[1]));
    }

    /** Spearman's coefficient and p-value from the average ranks of complete pairs (at least 2). */
    static CorrelationResult spearmanOfRanks(double[] xRanks, double[] yRanks) {
        int n = xRanks.length;
        if (isConstant(xRanks) || isConstant(yRanks)) {
            return new CorrelationResult(Double.NaN, Double.NaN, n);
        }
        double r = pearsonOfPairs(xRanks, yRanks, n).statistic();
        if (n == 2) {
            return new CorrelationResult(r, Double.NaN, n);
        }
        int dof = n - 2;
        double t = r * Math.sqrt(Math.max(0, dof / ((r + 1) * (1 - r))));
        double p = Double.isInfinite(t) ? 0 : 2 * TDistribution.of(dof).cumulativeProbability(-Math.abs(t));
        return new CorrelationResult(r, p, n);
    }

    /**
     * Kendall tau-b with the p-value chosen as {@code scipy.stats.kendalltau(method='auto')}: exact when
     * neither sample has ties and n <= 33 (or at most one pair is discordant or concordant), otherwise the
     * normal approximation with the tie-corrected variance.
     */
    public static CorrelationResult kendall(double[] x, double[] y) {
        return kendall(x, y, KendallTau.PValue.AUTO);
    }

    /**
     * Kendall tau-b with the given p-value method; {@link KendallTau.PValue#EXACT} rejects samples with
     * ties. Counting takes O(n log n) time (Knight's merge-sort algorithm).
     */
    public static CorrelationResult kendall(double[] x, double[] y, KendallTau.PValue pValue) {
        double[][] xy = completePairs(x, y);
        return KendallTau.of(xy[0], xy[1], pValue);
    }

    /**
     * The pairs where both values are present, as {x, y}.
     *
     * @throws IllegalArgumentException if the lengths differ, a value is infinite or fewer than 2 pairs
     *                                  are complete
     */
    static double[][] completePairs(double[] x, double[] y) {
        int n = checkPairs(x, y);
        double[] cx = new double[n];
        double[] cy = new double[n];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                cx[k] = x[i];
                cy[k++] = y[i];
            }
        }
        return new double[][] {cx, cy};
    }

    /**
     * The number of pairs where both values are present, after checking the samples.
     *
     * @throws IllegalArgumentException if the lengths differ, a value is infinite or fewer than 2 pairs
     *                                  are complete
     */
    static int checkPairs(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("correlation needs samples of the same length, got "
                    + x.length + " and " + y.length);
        }
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isInfinite(x[i]) || Double.isInfinite(y[i])) {
                throw new IllegalArgumentException("correlation needs finite values; row " + i + " holds ("
                        + x[i] + ", " + y[i] + ")");
            }
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                n++;
            }
        }
        if (n < 2) {
            throw new IllegalArgumentException("correlation needs at least 2 complete pairs, got " + n);
        }
        return n;
    }

    /**
     * Pearson's r and p-value over the {@code n} (at least 2) pairs where both values are present, read in
     * place: three passes (means, norms of the deviations, then the sum of products of the normalised
     * deviations) without copying the samples.
     */
    static CorrelationResult pearsonOfPairs(double[] x, double[] y, int n) {
        double sumX = 0;
        double sumY = 0;
        double firstX = Double.NaN;
        double firstY = Double.NaN;
        double secondX = Double.NaN;
        double secondY = Double.NaN;
        boolean constantX = true;
        boolean constantY = true;
        int seen = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                continue;
            }
            if (seen == 0) {
                firstX = x[i];
                firstY = y[i];
            } else if (seen == 1) {
                secondX = x[i];
                secondY = y[i];
            }
            seen++;
            constantX &= x[i] == firstX;
            constantY &= y[i] == firstY;
            sumX += x[i];
            sumY += y[i];
        }
        if (constantX || constantY) {
            return new CorrelationResult(Double.NaN, Double.NaN, n);
        }
        if (n == 2) {
            return new CorrelationResult(Math.signum(secondX - firstX) * Math.signum(secondY - firstY), 1.0, n);
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        double squaresX = 0;
        double squaresY = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                squaresX += (x[i] - meanX) * (x[i] - meanX);
                squaresY += (y[i] - meanY) * (y[i] - meanY);
            }
        }
        double normX = Math.sqrt(squaresX);
        double normY = Math.sqrt(squaresY);
        double r = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                r += ((x[i] - meanX) / normX) * ((y[i] - meanY) / normY);
            }
        }
        r = Math.max(-1, Math.min(1, r));
        double shape = n / 2.0 - 1;
        double p = 2 * BetaDistribution.of(shape, shape).survivalProbability((Math.abs(r) + 1) / 2);
        return new CorrelationResult(r, p, n);
    }

    /**
     * Ranks 1..n with tied values sharing the average of their ranks: one sort of a copy, then each value's
     * run of equal values found by binary search (no boxing; -0.0 and 0.0 are one value).
     */
    public static double[] averageRanks(double[] values) {
        int n = values.length;
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = values[i] + 0.0;
        }
        Arrays.sort(sorted);
        double[] ranks = new double[n];
        for (int i = 0; i < n; i++) {
            double v = values[i] + 0.0;
            int start = firstAtLeast(sorted, v, false);
            int end = firstAtLeast(sorted, v, true);
            ranks[i] = (start + 1 + end) / 2.0;
        }
        return ranks;
    }

    /** The first index whose value is at least {@code v} ({@code strictly}: greater than {@code v}). */
    private static int firstAtLeast(double[] sorted, double v, boolean strictly) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v || strictly && sorted[mid] == v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean isConstant(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }
}
