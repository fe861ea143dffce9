package dev.lathe.stats.distribution;

import dev.lathe.frame.NumericColumn;
import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.Erfcx;

/**
 * The Anderson-Darling test of normality with mean and standard deviation estimated from the sample, as
 * {@code scipy.stats.anderson(x, dist='norm')}: A^2 = -n - (1/n) sum (2i - 1) [log F(z_(i)) + log(1 -
 * F(z_(n+1-i)))] with z = (x - mean) / s (divisor n - 1) and F the standard normal distribution function.
 * Missing values (NaN) are left out and counted.
 *
 * <p>Two ways to judge A^2: scipy's critical values (Stephens 1974) at fixed significance levels, and a
 * p-value from D'Agostino and Stephens (1986, Table 4.9) for the modified statistic A*^2 = A^2 (1 + 0.75/n +
 * 2.25/n^2), the approximation {@code statsmodels.stats.diagnostic.normal_ad} uses (scipy 1.10 gives no
 * p-value). Above A*^2 = 13 the approximation is below 5e-31 and is reported as 0, as statsmodels does.
 *
 * @param column             the column's name
 * @param statistic          A^2
 * @param pValue             the D'Agostino-Stephens p-value
 * @param criticalValues     scipy's critical values of A^2 at {@code significanceLevels}
 * @param significanceLevels 15, 10, 5, 2.5 and 1 (percent)
 * @param count              present values tested
 * @param missing            missing values left out
 */
public record AndersonDarling(String column, double statistic, double pValue, double[] criticalValues,
                              double[] significanceLevels, int count, int missing) {

    /** The fewest values the test takes (the standard deviation needs two, the critical values more). */
    public static final int MIN_N = 3;

    private static final double[] LEVELS = {15, 10, 5, 2.5, 1};
    /** Stephens' (1974) asymptotic critical values for the normal with estimated mean and variance. */
    private static final double[] STEPHENS = {0.576, 0.656, 0.787, 0.918, 1.092};
    private static final double SQRT_HALF = Math.sqrt(0.5);

    /** Copies the arrays. */
    public AndersonDarling {
        criticalValues = criticalValues.clone();
        significanceLevels = significanceLevels.clone();
    }

    /** The critical values (a copy). */
    @Override
    public double[] criticalValues() {
        return criticalValues.clone();
    }

    /** The significance levels in percent (a copy). */
    @Override
    public double[] significanceLevels() {
        return significanceLevels.clone();
    }

    /**
     * The test of {@code column}.
     *
     * @throws IllegalArgumentException naming the column when a value is infinite, fewer than 3 values are
     *                                  present or the values are constant
     */
    public static AndersonDarling test(NumericColumn column) {
        Sample s = Sample.of(column, "the Anderson-Darling test", MIN_N);
        if (s.isConstant()) {
            throw s.constant("the Anderson-Darling test");
        }
        int n = s.n();
        double[] x = s.sorted();
        double mean = s.mean();
        double sd = Math.sqrt(s.sumOfSquares() / (n - 1));
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double lower = logNormalCdf((x[i] - mean) / sd);
            double upper = logNormalCdf(-(x[n - 1 - i] - mean) / sd);
            sum += (2 * i + 1.0) / n * (lower + upper);
        }
        double a2 = -n - sum;
        double[] critical = new double[LEVELS.length];
        double shrink = 1 + 4.0 / n - 25.0 / n / n;
        for (int i = 0; i < critical.length; i++) {
            // scipy rounds to 3 decimals
            critical[i] = Math.rint(STEPHENS[i] / shrink * 1000) / 1000;
        }
        return new AndersonDarling(s.column(), a2, pValue(a2, n), critical, LEVELS, n, s.missing());
    }

    /** D'Agostino and Stephens' (1986) p-value of A^2 for n values. */
    static double pValue(double a2, int n) {
        double a = a2 * (1 + 0.75 / n + 2.25 / ((double) n * n));
        if (a < 0.2) {
            return 1 - Math.exp(-13.436 + 101.14 * a - 223.73 * a * a);
        }
        if (a < 0.34) {
            return 1 - Math.exp(-8.318 + 42.796 * a - 59.938 * a * a);
        }
        if (a < 0.6) {
            return Math.exp(0.9177 - 4.279 * a - 1.38 * a * a);
        }
        return a <= 13 ? Math.exp(1.2937 - 5.709 * a + 0.0186 * a * a) : 0;
    }

    /** log F(z) for the standard normal F, accurate far into both tails. */
    static double logNormalCdf(double z) {
        if (z >= 0) {
            return Math.log1p(-0.5 * Erfc.value(z * SQRT_HALF));
        }
        double t = -z * SQRT_HALF;
        return Math.log(0.5 * Erfcx.value(t)) - t * t;
    }
}
