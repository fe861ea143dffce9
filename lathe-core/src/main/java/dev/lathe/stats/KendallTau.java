package dev.lathe.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Kendall tau-b of complete, finite pairs, counted in O(n log n) time (Knight 1966: sort by x then y,
 * count discordant pairs as inversions of y by merge sort), with the p-values of scipy 1.10
 * {@code scipy.stats.kendalltau}. Use it through {@link Correlation#kendall(double[], double[], PValue)}.
 */
public final class KendallTau {

    /** How the two-sided p-value is computed. */
    public enum PValue {
        /** As scipy's {@code 'auto'}: exact without ties when n <= 33 or min(discordant, concordant) <= 1. */
        AUTO,
        /**
         * The exact null distribution of the number of discordant pairs (Kendall 1970), by the recurrence
         * scipy uses; defined only without ties; O(n c) time for c = min(discordant, n(n-1)/2 - discordant).
         */
        EXACT,
        /** Normal approximation of concordant minus discordant pairs with the tie-corrected variance. */
        ASYMPTOTIC
    }

    private KendallTau() {
    }

    static CorrelationResult of(double[] x, double[] y, PValue method) {
        int n = x.length;
        Integer[] boxed = new Integer[n];
        Arrays.setAll(boxed, i -> i);
        Arrays.sort(boxed, (a, b) -> x[a] < x[b] ? -1 : x[a] > x[b] ? 1 : Double.compare(y[a] + 0.0, y[b] + 0.0));
        double[] ys = new double[n];
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x[boxed[i]];
            ys[i] = y[boxed[i]];
        }
        TieCounts xTies = ties(xs);
        long jointTies = 0;
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && xs[end] == xs[start] && ys[end] == ys[start]) {
                end++;
            }
            jointTies += (long) (end - start) * (end - start - 1) / 2;
            start = end;
        }
        long discordant = inversions(ys.clone(), new double[n], 0, n);
        double[] ySorted = y.clone();
        Arrays.sort(ySorted);
        TieCounts yTies = ties(ySorted);
        long total = (long) n * (n - 1) / 2;
        if (xTies.pairs == total || yTies.pairs == total) {
            return new CorrelationResult(Double.NaN, Double.NaN, n);
        }
        long conMinusDis = total - xTies.pairs - yTies.pairs + jointTies - 2 * discordant;
        double tau = conMinusDis / Math.sqrt(total - xTies.pairs) / Math.sqrt(total - yTies.pairs);
        tau = Math.max(-1, Math.min(1, tau));
        boolean tied = xTies.pairs != 0 || yTies.pairs != 0;
        if (method == PValue.EXACT && tied) {
            throw new IllegalArgumentException("ties found, the exact Kendall p-value needs samples without ties");
        }
        boolean exact = method == PValue.EXACT || method == PValue.AUTO && !tied
                && (n <= 33 || Math.min(discordant, total - discordant) <= 1);
        double p;
        if (exact) {
            p = exactPValue(n, total - discordant);
        } else {
            double m = n * (n - 1.0);
            double var = (m * (2.0 * n + 5) - xTies.sumForVariance - yTies.sumForVariance) / 18
                    + 2.0 * xTies.pairs * yTies.pairs / m
                    + xTies.sumCubic * yTies.sumCubic / (9 * m * (n - 2));
            double z = conMinusDis / Math.sqrt(var);
            p = 2 * NormalDistribution.of(0, 1).survivalProbability(Math.abs(z));
        }
        return new CorrelationResult(tau, p, n);
    }

    /**
     * Two-sided exact p-value for {@code c} concordant pairs among n values without ties: twice the
     * probability of at most min(c, n(n-1)/2 - c) inversions of a random permutation, capped at 1.
     * The recurrence is scaled by 1/j at each step, so it does not overflow for large n.
     */
    static double exactPValue(int n, long c) {
        long total = (long) n * (n - 1) / 2;
        int k = (int) Math.min(c, total - c);
        if (n <= 2 || 4L * k == 2 * total) {
            return 1.0;
        }
        double[] counts = new double[k + 1];
        counts[0] = 1;
        if (k >= 1) {
            counts[1] = 1;
        }
        for (int j = 3; j <= n; j++) {
            for (int i = 1; i <= k; i++) {
                counts[i] += counts[i - 1];
            }
            for (int i = 0; i <= k; i++) {
                counts[i] /= j;
            }
            for (int i = k; i >= j; i--) {
                counts[i] -= counts[i - j];
            }
        }
        double prob = 0;
        for (double v : counts) {
            prob += v;
        }
        return Math.max(0, Math.min(1, prob));
    }

    private record TieCounts(long pairs, double sumCubic, double sumForVariance) {
    }

    /** Tie statistics of sorted values: sum t(t-1)/2, sum t(t-1)(t-2) and sum t(t-1)(2t+5) over tie groups. */
    private static TieCounts ties(double[] sorted) {
        long pairs = 0;
        double cubic = 0;
        double forVariance = 0;
        int start = 0;
        while (start < sorted.length) {
            int end = start + 1;
            while (end < sorted.length && sorted[end] == sorted[start]) {
                end++;
            }
            long t = end - start;
            pairs += t * (t - 1) / 2;
            cubic += t * (t - 1.0) * (t - 2);
            forVariance += t * (t - 1.0) * (2 * t + 5);
            start = end;
        }
        return new TieCounts(pairs, cubic, forVariance);
    }

    /** Sorts {@code a[from, to)} ascending and returns the number of pairs i < j with a[i] > a[j]. */
    private static long inversions(double[] a, double[] buffer, int from, int to) {
        if (to - from < 2) {
            return 0;
        }
        int mid = (from + to) >>> 1;
        long count = inversions(a, buffer, from, mid) + inversions(a, buffer, mid, to);
        int i = from;
        int j = mid;
        int out = from;
        while (i < mid && j < to) {
            if (a[j] < a[i]) {
                count += mid - i;
                buffer[out++] = a[j++];
            } else {
                buffer[out++] = a[i++];
            }
        }
        while (i < mid) {
            buffer[out++] = a[i++];
        }
        while (j < to) {
            buffer[out++] = a[j++];
        }
        System.arraycopy(buffer, from, a, from, to - from);
        return count;
    }
}
