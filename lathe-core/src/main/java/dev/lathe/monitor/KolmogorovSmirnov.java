package dev.lathe.monitor;

import dev.lathe.math.RadixSort;


/**
 * The two-sample Kolmogorov-Smirnov test (two-sided) as {@code scipy.stats.ks_2samp(a, b, method='auto')} in
 * scipy 1.10: the exact p-value when neither sample has more than 10,000 values, otherwise the asymptotic one
 * from the one-sample distribution with n = round(m n / (m + n)) ({@link KolmogorovDistribution}).
 */
public final class KolmogorovSmirnov {

    private static final int MAX_EXACT = 10_000;

    private KolmogorovSmirnov() {
    }

    /**
     * Tests whether {@code a} and {@code b} come from the same continuous distribution.
     *
     * @param a the first sample, finite values, at least one
     * @param b the second sample, finite values, at least one
     * @return D = sup |F_a - F_b| and its p-value
     */
    public static TestResult test(double[] a, double[] b) {
        Samples.requireNonEmpty(a, "first");
        Samples.requireNonEmpty(b, "second");
        double[] x = a.clone();
        double[] y = b.clone();
        RadixSort.sort(x);
        RadixSort.sort(y);
        return ofStatistic(statistic(x, y), x.length, y.length);
    }

    /**
     * The p-value of an observed D between samples of {@code n1} and {@code n2} values, as {@link #test} gives it:
     * exact when both sizes are at most 10,000 (D read on the lattice of multiples of 1 / lcm), else the
     * limiting distribution.
     */
    static TestResult ofStatistic(double d, int n1, int n2) {
        if (Math.max(n1, n2) <= MAX_EXACT) {
            int g = gcd(n1, n2);
            long lcm = (long) (n1 / g) * n2;
            long h = Math.round(d * lcm);
            double exactD = (double) h / lcm;
            if (h == 0) {
                return new TestResult(exactD, 1.0);
            }
            double p = n1 == n2 ? outsideSquare(n1, (int) h) : 1.0 - insideFraction(n1, n2, g, h);
            if (p >= 0 && p <= 1) {
                return new TestResult(exactD, p);
            }
        }
        double m = Math.max(n1, n2);
        double n = Math.min(n1, n2);
        double p = KolmogorovDistribution.sf(d, Math.round(m * n / (m + n)));
        return new TestResult(d, Math.min(1, Math.max(0, p)));
    }

    /** The largest distance between the empirical distribution functions of two sorted samples. */
    private static double statistic(double[] x, double[] y) {
        int i = 0;
        int j = 0;
        double d = 0;
        while (i < x.length && j < y.length) {
            double v = Math.min(x[i], y[j]);
            while (i < x.length && x[i] <= v) {
                i++;
            }
            while (j < y.length && y[j] <= v) {
                j++;
            }
            d = Math.max(d, Math.abs((double) i / x.length - (double) j / y.length));
        }
        return d;
    }

    /** P(D >= h/n) for equal sizes n: 2 (A0 (1 - A1 (1 - A2 (...)))), scipy's Horner form of the alternating sum. */
    private static double outsideSquare(int n, int h) {
        double p = 0;
        for (int k = n / h; k >= 0; k--) {
            double term = 1;
            for (int j = 0; j < h; j++) {
                term = (n - (double) k * h - j) * term / (n + (double) k * h + j + 1);
            }
            p = term * (1 - p);
        }
        return 2 * p;
    }

    /**
     * The share of the binom(m + n, n) lattice paths from (0, 0) to (m, n) that keep |x n/g - y m/g| < h, counted
     * column by column within the band and rescaled by powers of two to stay in range.
     */
    private static double insideFraction(int m, int n, int g, long h) {
        if (m < n) {
            int t = m;
            m = n;
            n = t;
        }
        long mg = m / g;
        long ng = n / g;
        double[] column = new double[n + 1];
        int hi = (int) Math.min(n, ceilDiv(h, mg) - 1);
        for (int y = 0; y <= hi; y++) {
            column[y] = 1;
        }
        int exponent = 0;
        for (int x = 1; x <= m; x++) {
            int lo = (int) Math.max(0, Math.floorDiv(ng * x - h, mg) + 1);
            int newHi = (int) Math.min(n, ceilDiv(ng * x + h, mg) - 1);
            if (lo > newHi) {
                return 0;
            }
            for (int y = 0; y < lo; y++) {
                column[y] = 0;
            }
            for (int y = Math.max(lo, 1); y <= newHi; y++) {
                column[y] += column[y - 1];
            }
            for (int y = newHi + 1; y <= Math.min(n, hi); y++) {
                column[y] = 0;
            }
            hi = newHi;
            int e = Math.getExponent(column[hi]);
            if (e > 900) {
                for (int y = lo; y <= hi; y++) {
                    column[y] = Math.scalb(column[y], -800);
                }
                exponent += 800;
            }
        }
        double v = column[n];
        for (int j = 1; j <= n; j++) {
            v = v * j / (m + j);
            if (v < 0x1p-800 && exponent > 0) {
                v = Math.scalb(v, 800);
                exponent -= 800;
            }
        }
        return Math.scalb(v, exponent);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
