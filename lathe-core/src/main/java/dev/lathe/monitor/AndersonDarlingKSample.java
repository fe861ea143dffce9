package dev.lathe.monitor;

import java.util.Arrays;

/**
 * The Anderson-Darling k-sample test of Scholz and Stephens (1987), midrank version for ties, as
 * {@code scipy.stats.anderson_ksamp(samples)} in scipy 1.10: the standardised statistic and its approximate
 * significance level, interpolated in the published critical values and capped to [0.001, 0.25].
 */
public final class AndersonDarlingKSample {

    private static final double[] B0 = {0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085};
    private static final double[] B1 = {-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615};
    private static final double[] B2 = {-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154};
    private static final double[] LEVELS = {0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001};

    private AndersonDarlingKSample() {
    }

    /**
     * Tests whether the samples come from the same distribution.
     *
     * @param samples at least two samples of finite values, each non-empty, with at least two distinct values
     *                among them all
     * @return the standardised statistic and the significance level in [0.001, 0.25]
     */
    public static TestResult test(double[]... samples) {
        int k = samples.length;
        if (k < 2) {
            throw new IllegalArgumentException("the Anderson-Darling k-sample test needs at least two samples");
        }
        int total = 0;
        double[][] sorted = new double[k][];
        for (int i = 0; i < k; i++) {
            Samples.requireNonEmpty(samples[i], "sample " + (i + 1) + "'s");
            sorted[i] = Samples.sortedCopy(samples[i]);
            total += sorted[i].length;
        }
        double[] z = new double[total];
        int at = 0;
        for (double[] s : sorted) {
            System.arraycopy(s, 0, z, at, s.length);
            at += s.length;
        }
        Arrays.sort(z);
        double[] distinct = Arrays.stream(z).distinct().toArray();
        if (distinct.length < 2) {
            throw new IllegalArgumentException("the Anderson-Darling k-sample test needs at least two distinct values");
        }
        double n = total;
        double a2kn = 0;
        for (double[] s : sorted) {
            double inner = 0;
            for (double value : distinct) {
                double left = lowerBound(z, value);
                double lj = upperBound(z, value) - left;
                double bj = left + lj / 2;
                double fij = upperBound(s, value) - lowerBound(s, value);
                double mij = upperBound(s, value) - fij / 2;
                double dev = n * mij - bj * s.length;
                inner += lj / n * dev * dev / (bj * (n - bj) - n * lj / 4);
            }
            a2kn += inner / s.length;
        }
        a2kn *= (n - 1) / n;
        double statistic = (a2kn - (k - 1)) / Math.sqrt(variance(sorted, k, total));
        return new TestResult(statistic, significance(statistic, k - 1));
    }

    /** The variance of the unstandardised statistic under the null hypothesis (Scholz and Stephens, eq. 4). */
    private static double variance(double[][] samples, int k, int total) {
        double n = total;
        double hH = 0;
        for (double[] s : samples) {
            hH += 1.0 / s.length;
        }
        double cum = 0;
        double g = 0;
        for (int i = total - 1, j = 0; i > 1; i--, j++) {
            cum += 1.0 / i;
            g += cum / (j + 2);
        }
        double h = cum + 1;
        double a = (4 * g - 6) * (k - 1) + (10 - 6 * g) * hH;
        double b = (2 * g - 4) * k * k + 8 * h * k + (2 * g - 14 * h - 4) * hH - 8 * h + 4 * g - 6;
        double c = (6 * h + 2 * g - 2) * k * k + (4 * h - 4 * g + 6) * k + (2 * h - 6) * hH + 4 * h;
        double d = (2 * h + 6) * k * k - 4 * h * k;
        return (a * n * n * n + b * n * n + c * n + d) / ((n - 1) * (n - 2) * (n - 3));
    }

    /** The level from a quadratic fit of log(level) on the critical values, capped as scipy caps it. */
    private static double significance(double statistic, int m) {
        double[] critical = new double[LEVELS.length];
        double[] logLevel = new double[LEVELS.length];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < LEVELS.length; i++) {
            critical[i] = B0[i] + B1[i] / Math.sqrt(m) + B2[i] / m;
            logLevel[i] = Math.log(LEVELS[i]);
            min = Math.min(min, critical[i]);
            max = Math.max(max, critical[i]);
        }
        if (statistic < min) {
            return 0.25;
        }
        if (statistic > max) {
            return 0.001;
        }
        double[] coef = QuadraticFit.fit(critical, logLevel);
        return Math.exp(coef[0] + statistic * (coef[1] + statistic * coef[2]));
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
