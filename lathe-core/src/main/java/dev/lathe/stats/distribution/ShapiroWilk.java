package dev.lathe.stats.distribution;

import dev.lathe.frame.NumericColumn;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Shapiro-Wilk test of normality by Royston's algorithm AS R94 (Applied Statistics 44(4), 1995), the
 * algorithm behind {@code scipy.stats.shapiro} and R's {@code shapiro.test}: W is the squared correlation of
 * the ordered sample with Royston's approximation of the Shapiro-Wilk coefficients, and its p-value comes
 * from Royston's normalising transformations of W (exact for n = 3). Computed in double precision
 * throughout (scipy 1.10 computes in single precision: its W and p differ from these in the seventh digit).
 * Missing values (NaN) are left out and counted; n counts present values and must be in [3, 5000].
 */
public final class ShapiroWilk {

    /** The fewest values the test takes. */
    public static final int MIN_N = 3;
    /** The most values the test takes: beyond it Royston's p-value approximation is not validated. */
    public static final int MAX_N = 5000;

    /** Royston's polynomials, lowest order first: coefficients a_n and a_(n-1) in 1/sqrt(n). */
    private static final double[] C1 = {0, 0.221157, -0.147981, -2.071190, 4.434685, -2.706056};
    private static final double[] C2 = {0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633};
    /** Mean and log standard deviation of -log(gamma - log(1 - W)) for 4 <= n <= 11, in n. */
    private static final double[] C3 = {0.5440, -0.39978, 0.025054, -6.714e-4};
    private static final double[] C4 = {1.3822, -0.77857, 0.062767, -2.0322e-3};
    /** Mean and log standard deviation of log(1 - W) for n >= 12, in log n. */
    private static final double[] C5 = {-1.5861, -0.31082, -0.083751, 0.0038915};
    private static final double[] C6 = {-0.4803, -0.082676, 0.0030302};
    /** gamma of the small-sample transformation, in n. */
    private static final double[] G = {-2.273, 0.459};
    /** The p-value reported when W is beyond the small-sample transformation's range (as AS R94). */
    private static final double SMALL = 1e-19;

    private ShapiroWilk() {
    }

    /**
     * The test of {@code column}; the statistic is W in (0, 1].
     *
     * @throws IllegalArgumentException naming the column when a value is infinite, fewer than 3 or more than
     *                                  5000 values are present, or the values are constant
     */
    public static NormalityResult test(NumericColumn column) {
        Sample s = Sample.of(column, "the Shapiro-Wilk test", MIN_N);
        int n = s.n();
        if (n > MAX_N) {
            throw new IllegalArgumentException("column '" + s.column() + "' has " + n
                    + " present values; the Shapiro-Wilk test takes at most " + MAX_N);
        }
        if (s.isConstant()) {
            throw s.constant("the Shapiro-Wilk test");
        }
        double[] a = coefficients(n);
        double[] x = s.sorted();
        double range = x[n - 1] - x[0];
        double meanX = 0;
        for (double v : x) {
            meanX += v / range;
        }
        meanX /= n;
        // the coefficients sum to 0, so W is the squared correlation of a and x, kept as 1 - W for W near 1
        double ssa = 0;
        double ssx = 0;
        double sax = 0;
        for (int i = 0; i < n; i++) {
            double ai = i < n / 2 ? -a[i] : i >= n - n / 2 ? a[n - 1 - i] : 0;
            double xi = x[i] / range - meanX;
            ssa += ai * ai;
            ssx += xi * xi;
            sax += ai * xi;
        }
        double root = Math.sqrt(ssa * ssx);
        double oneMinusW = (root - sax) * (root + sax) / (ssa * ssx);
        return new NormalityResult(s.column(), 1 - oneMinusW, pValue(n, oneMinusW), n, s.missing());
    }

    /** The positive coefficients a_n, a_(n-1), ..., a_(n - n/2 + 1), largest first. */
    static double[] coefficients(int n) {
        double[] a = new double[n / 2];
        if (n == 3) {
            a[0] = Math.sqrt(0.5);
            return a;
        }
        NormalDistribution normal = NormalDistribution.of(0, 1);
        double[] m = new double[n / 2];
        double sumSquares = 0;
        for (int i = 0; i < m.length; i++) {
            // m_(n-i) = -m_(i+1), the expected normal order statistics by Blom's approximation
            m[i] = -normal.inverseCumulativeProbability((i + 1 - 0.375) / (n + 0.25));
            sumSquares += 2 * m[i] * m[i];
        }
        double rootSum = Math.sqrt(sumSquares);
        double u = 1 / Math.sqrt(n);
        a[0] = polynomial(C1, u) + m[0] / rootSum;
        int exact = 1;
        double rest = sumSquares - 2 * m[0] * m[0];
        double restWeight = 1 - 2 * a[0] * a[0];
        if (n > 5) {
            a[1] = polynomial(C2, u) + m[1] / rootSum;
            exact = 2;
            rest -= 2 * m[1] * m[1];
            restWeight -= 2 * a[1] * a[1];
        }
        double scale = Math.sqrt(rest / restWeight);
        for (int i = exact; i < a.length; i++) {
            a[i] = m[i] / scale;
        }
        return a;
    }

    private static double pValue(int n, double oneMinusW) {
        if (n == 3) {
            double p = 6 / Math.PI * (Math.asin(Math.sqrt(1 - oneMinusW)) - Math.PI / 3);
            return Math.max(0, p);
        }
        double y = Math.log(oneMinusW);
        double mean;
        double sd;
        if (n <= 11) {
            double gamma = polynomial(G, n);
            if (y >= gamma) {
                return SMALL;
            }
            y = -Math.log(gamma - y);
            mean = polynomial(C3, n);
            sd = Math.exp(polynomial(C4, n));
        } else {
            double logN = Math.log(n);
            mean = polynomial(C5, logN);
            sd = Math.exp(polynomial(C6, logN));
        }
        return NormalDistribution.of(0, 1).survivalProbability((y - mean) / sd);
    }

    /** c[0] + c[1] x + c[2] x^2 + ... by Horner's rule. */
    private static double polynomial(double[] c, double x) {
        double p = 0;
        for (int i = c.length - 1; i >= 0; i--) {
            p = p * x + c[i];
        }
        return p;
    }
}
