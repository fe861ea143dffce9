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
        double[][] xy = completePairs(x, y);
        return pearsonOfComplete(xy[0], xy[1]);
    }

    /**
     * Spearman rank correlation: Pearson correlation of the average ranks. The p-value uses the t
     * approximation t = r sqrt((n-2) / ((1+r)(1-r))) with n - 2 degrees of freedom, as
     * {@code scipy.stats.spearmanr}; with exactly 2 pairs it is NaN (no degrees of freedom).
     */
    public static CorrelationResult spearman(double[] x, double[] y) {
        double[][] xy = completePairs(x, y);
        int n = xy[0].length;
        if (isConstant(xy[0]) || isConstant(xy[1])) {
            return new CorrelationResult(Double.NaN, Double.NaN, n);
        }
        double r = pearsonOfComplete(averageRanks(xy[0]), averageRanks(xy[1])).statistic();
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
        if (x.length != y.length) {
            throw new IllegalArgumentException("correlation needs samples of the same length, got "
                    + x.length + " and " + y.length);
        }
        double[] cx = new double[x.length];
        double[] cy = new double[y.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isInfinite(x[i]) || Double.isInfinite(y[i])) {
                throw new IllegalArgumentException("correlation needs finite values; row " + i + " holds ("
                        + x[i] + ", " + y[i] + ")");
            }
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                cx[n] = x[i];
                cy[n++] = y[i];
            }
        }
        if (n < 2) {
            throw new IllegalArgumentException("correlation needs at least 2 complete pairs, got " + n);
        }
        return new double[][] {Arrays.copyOf(cx, n), Arrays.copyOf(cy, n)};
    }

    private static CorrelationResult pearsonOfComplete(double[] x, double[] y) {
        int n = x.length;
        if (isConstant(x) || isConstant(y)) {
            return new CorrelationResult(Double.NaN, Double.NaN, n);
        }
        if (n == 2) {
            return new CorrelationResult(Math.signum(x[1] - x[0]) * Math.signum(y[1] - y[0]), 1.0, n);
        }
        double[] xm = centred(x);
        double[] ym = centred(y);
        double normX = norm(xm);
        double normY = norm(ym);
        double r = 0;
        for (int i = 0; i < n; i++) {
            r += (xm[i] / normX) * (ym[i] / normY);
        }
        r = Math.max(-1, Math.min(1, r));
        double shape = n / 2.0 - 1;
        double p = 2 * BetaDistribution.of(shape, shape).survivalProbability((Math.abs(r) + 1) / 2);
        return new CorrelationResult(r, p, n);
    }

    /** Ranks 1..n with tied values sharing the average of their ranks. */
    static double[] averageRanks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(values[a] + 0.0, values[b] + 0.0));
        double[] ranks = new double[n];
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && values[order[end]] == values[order[start]]) {
                end++;
            }
            double rank = (start + 1 + end) / 2.0;
            for (int i = start; i < end; i++) {
                ranks[order[i]] = rank;
            }
            start = end;
        }
        return ranks;
    }

    private static boolean isConstant(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }

    private static double[] centred(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] - mean;
        }
        return out;
    }

    private static double norm(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
