package dev.lathe.stats.test;

import dev.lathe.math.RadixSort;
import dev.lathe.stats.distribution.KolmogorovDistribution;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The two-sample Kolmogorov-Smirnov test as {@code scipy.stats.ks_2samp(a, b, alternative, method='auto')} in
 * scipy 1.10, the one implementation behind {@link KolmogorovSmirnovTests#twoSample} and the drift monitor. D is
 * read on the lattice of multiples of 1 / lcm(n1, n2); when neither sample has more than 10,000 values the
 * p-value is exact (two-sided: scipy's alternating sum for equal sizes, otherwise the share of lattice paths
 * inside the band; one-sided: the product formula for equal sizes, otherwise the share of paths below the
 * boundary, where scipy falls back to the asymptotic formula once binom(n1 + n2, n1) overflows a double, and so
 * does this). Otherwise: two-sided, the one-sample distribution with n = round(m n / (m + n))
 * ({@link KolmogorovDistribution}); one-sided, Hodges' approximation exp(-2 z^2 - 2 z (m + 2n) / (3 sqrt(m n
 * (m + n)))), z = D sqrt(m n / (m + n)), m the larger size. The exact p-value is that of D without ties, as
 * scipy's, even when the samples share values. Sorting is a radix sort, so large samples cost little.
 */
public final class KsTwoSample {

    private static final int MAX_EXACT = 10_000;
    private static final double LOG_MAX_DOUBLE = Math.log(Double.MAX_VALUE);

    private KsTwoSample() {
    }

    /**
     * The statistic and p-value.
     *
     * @param statistic D (two-sided), D+ = max(F_a - F_b) ({@code GREATER}) or D- = max(F_b - F_a) ({@code LESS})
     * @param pValue    the p-value in [0, 1]
     */
    public record Result(double statistic, double pValue) {
    }

    /**
     * Tests whether {@code a} and {@code b} come from the same continuous distribution; {@code GREATER} means
     * that a's distribution function lies above b's (a tends to be smaller), {@code LESS} below.
     *
     * @param a the first sample, finite values, at least one
     * @param b the second sample, finite values, at least one
     */
    public static Result test(double[] a, double[] b, Alternative alternative) {
        double[] x = Samples.finite(a, "first group", 1).clone();
        double[] y = Samples.finite(b, "second group", 1).clone();
        RadixSort.sort(x);
        RadixSort.sort(y);
        return ofStatistic(statistic(x, y, alternative), x.length, y.length, alternative);
    }

    /**
     * The p-value of an observed D between samples of {@code n1} and {@code n2} values, as {@link #test} gives it
     * (for a D computed elsewhere, e.g. against a sketch of the first sample); the returned statistic is D
     * snapped to the lattice when the p-value is exact.
     */
    public static Result ofStatistic(double d, int n1, int n2, Alternative alternative) {
        if (Math.max(n1, n2) <= MAX_EXACT) {
            int g = gcd(n1, n2);
            long lcm = (long) (n1 / g) * n2;
            long h = Math.round(d * lcm);
            double exactD = (double) h / lcm;
            if (h == 0) {
                return new Result(exactD, 1.0);
            }
            double p = exact(n1, n2, g, h, alternative == Alternative.TWO_SIDED);
            if (p >= 0 && p <= 1) {
                return new Result(exactD, p);
            }
            d = exactD;
        }
        double m = Math.max(n1, n2);
        double n = Math.min(n1, n2);
        double p;
        if (alternative == Alternative.TWO_SIDED) {
            p = KolmogorovDistribution.sf(d, Math.round(m * n / (m + n)));
        } else {
            double z = Math.sqrt(m * n / (m + n)) * d;
            p = Math.exp(-2 * z * z - 2 * z * (m + 2 * n) / Math.sqrt(m * n * (m + n)) / 3);
        }
        return new Result(d, Math.min(1, Math.max(0, p)));
    }

    /** The exact p-value, or NaN where scipy gives up on its exact computation (one-sided, binom overflows). */
    private static double exact(int n1, int n2, int g, long h, boolean twoSided) {
        if (n1 == n2) {
            return twoSided ? outsideSquare(n1, (int) h) : outsideHalf(n1, (int) h);
        }
        if (!twoSided && logBinomial(n1 + n2, n1) > LOG_MAX_DOUBLE) {
            return Double.NaN;
        }
        return 1.0 - insideFraction(n1, n2, g, h, twoSided);
    }

    /** D, D+ or D- of two sorted samples: the largest distance between their empirical distribution functions. */
    private static double statistic(double[] x, double[] y, Alternative alternative) {
        int i = 0;
        int j = 0;
        double above = 0;
        double below = 0;
        while (i < x.length && j < y.length) {
            double v = Math.min(x[i], y[j]);
            while (i < x.length && x[i] <= v) {
                i++;
            }
            while (j < y.length && y[j] <= v) {
                j++;
            }
            double diff = (double) i / x.length - (double) j / y.length;
            above = Math.max(above, diff);
            below = Math.max(below, -diff);
        }
        return switch (alternative) {
            case TWO_SIDED -> Math.max(above, below);
            case GREATER -> above;
            case LESS -> below;
        };
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

    /** P(D+ >= h/n) for equal sizes n: binom(2n, n - h) / binom(2n, n) as the product of (n - j) / (n + j + 1). */
    private static double outsideHalf(int n, int h) {
        double p = 1;
        for (int j = 0; j < h; j++) {
            p *= (double) (n - j) / (n + j + 1);
        }
        return p;
    }

    /**
     * The share of the binom(m + n, n) lattice paths from (0, 0) to (m, n) that keep x n/g - y m/g < h (and, two
     * sided, y m/g - x n/g < h), counted column by column within the band and rescaled by powers of two to stay
     * in range. One-sided, the share is the same for either direction by symmetry.
     */
    private static double insideFraction(int m, int n, int g, long h, boolean twoSided) {
        if (m < n) {
            int t = m;
            m = n;
            n = t;
        }
        long mg = m / g;
        long ng = n / g;
        double[] column = new double[n + 1];
        int hi = twoSided ? (int) Math.min(n, ceilDiv(h, mg) - 1) : n;
        for (int y = 0; y <= hi; y++) {
            column[y] = 1;
        }
        int exponent = 0;
        for (int x = 1; x <= m; x++) {
            int lo = (int) Math.max(0, Math.floorDiv(ng * x - h, mg) + 1);
            int newHi = twoSided ? (int) Math.min(n, ceilDiv(ng * x + h, mg) - 1) : n;
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

    private static double logBinomial(int n, int k) {
        return LogGamma.value(n + 1.0) - LogGamma.value(k + 1.0) - LogGamma.value(n - k + 1.0);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
