package dev.lathe.stats.distribution;

import dev.lathe.frame.NumericColumn;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * D'Agostino and Pearson's omnibus K^2 test of normality and its two parts, as {@code scipy.stats.normaltest},
 * {@code skewtest} and {@code kurtosistest} (D'Agostino, Belanger and D'Agostino 1990): the sample skewness
 * sqrt(b1) = m3 / m2^1.5 is mapped to a standard normal z by D'Agostino's (1970) transformation, the sample
 * kurtosis b2 = m4 / m2^2 by Anscombe and Glynn's (1983), with m_k the k-th central moments (divisor n);
 * K^2 = z_skew^2 + z_kurtosis^2 is referred to chi-squared with 2 degrees of freedom. Missing values (NaN)
 * are left out and counted.
 */
public final class DagostinoPearson {

    /** The fewest values the skewness test (and so K^2) takes. */
    public static final int MIN_N_SKEWNESS = 8;
    /** The fewest values the kurtosis test takes (scipy warns below 20 but computes). */
    public static final int MIN_N_KURTOSIS = 5;

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private DagostinoPearson() {
    }

    /**
     * The omnibus test of {@code column}; the statistic is K^2.
     *
     * @throws IllegalArgumentException naming the column when a value is infinite, fewer than 8 values are
     *                                  present or the values are constant
     */
    public static NormalityResult test(NumericColumn column) {
        String purpose = "the D'Agostino-Pearson test";
        double[] m = moments(Sample.of(column, purpose, MIN_N_SKEWNESS), purpose);
        int n = (int) m[0];
        double k2 = Math.pow(skewZ(m[3] / Math.pow(m[2], 1.5), n), 2)
                + Math.pow(kurtosisZ(m[4] / (m[2] * m[2]), n), 2);
        return new NormalityResult(column.name(), k2, ChiSquaredDistribution.of(2).survivalProbability(k2), n,
                (int) m[1]);
    }

    /**
     * The skewness test of {@code column} ({@code scipy.stats.skewtest}, two-sided); the statistic is z.
     *
     * @throws IllegalArgumentException as {@link #test}
     */
    public static NormalityResult skewTest(NumericColumn column) {
        String purpose = "the skewness test";
        double[] m = moments(Sample.of(column, purpose, MIN_N_SKEWNESS), purpose);
        return twoSided(column, skewZ(m[3] / Math.pow(m[2], 1.5), (int) m[0]), m);
    }

    /**
     * The kurtosis test of {@code column} ({@code scipy.stats.kurtosistest}, two-sided); the statistic is z.
     *
     * @throws IllegalArgumentException naming the column when a value is infinite, fewer than 5 values are
     *                                  present or the values are constant
     */
    public static NormalityResult kurtosisTest(NumericColumn column) {
        String purpose = "the kurtosis test";
        double[] m = moments(Sample.of(column, purpose, MIN_N_KURTOSIS), purpose);
        return twoSided(column, kurtosisZ(m[4] / (m[2] * m[2]), (int) m[0]), m);
    }

    /**
     * D'Agostino's normal approximation z of the sample skewness sqrt(b1) of n values. Like scipy 1.10, a
     * skewness of exactly 0 is replaced by 1 before the transformation.
     */
    public static double skewZ(double skewness, int n) {
        double y = skewness * Math.sqrt((n + 1.0) * (n + 3) / (6.0 * (n - 2)));
        double beta2 = 3.0 * (n * (double) n + 27 * n - 70) * (n + 1) * (n + 3)
                / ((n - 2.0) * (n + 5) * (n + 7) * (n + 9));
        double w2 = -1 + Math.sqrt(2 * (beta2 - 1));
        double delta = 1 / Math.sqrt(0.5 * Math.log(w2));
        double alpha = Math.sqrt(2 / (w2 - 1));
        if (y == 0) {
            y = 1;
        }
        double r = y / alpha;
        return delta * Math.log(r + Math.sqrt(r * r + 1));
    }

    /** Anscombe and Glynn's normal approximation z of the sample (Pearson, not excess) kurtosis b2 of n values. */
    public static double kurtosisZ(double kurtosis, int n) {
        double e = 3.0 * (n - 1) / (n + 1);
        double varb2 = 24.0 * n * (n - 2) * (n - 3) / ((n + 1.0) * (n + 1) * (n + 3) * (n + 5));
        double x = (kurtosis - e) / Math.sqrt(varb2);
        double sqrtBeta1 = 6.0 * (n * (double) n - 5 * n + 2) / ((n + 7.0) * (n + 9))
                * Math.sqrt(6.0 * (n + 3) * (n + 5) / (n * (n - 2.0) * (n - 3)));
        double a = 6 + 8 / sqrtBeta1 * (2 / sqrtBeta1 + Math.sqrt(1 + 4 / (sqrtBeta1 * sqrtBeta1)));
        double term1 = 1 - 2 / (9 * a);
        double denom = 1 + x * Math.sqrt(2 / (a - 4));
        if (denom == 0) {
            return Double.NaN;
        }
        double term2 = Math.signum(denom) * Math.cbrt((1 - 2 / a) / Math.abs(denom));
        return (term1 - term2) / Math.sqrt(2 / (9 * a));
    }

    private static NormalityResult twoSided(NumericColumn column, double z, double[] m) {
        return new NormalityResult(column.name(), z, 2 * NORMAL.survivalProbability(Math.abs(z)), (int) m[0],
                (int) m[1]);
    }

    /** {n, missing, m2, m3, m4}: central moments with divisor n. */
    private static double[] moments(Sample s, String purpose) {
        if (s.isConstant()) {
            throw s.constant(purpose);
        }
        double mean = s.mean();
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double v : s.sorted()) {
            double d = v - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        int n = s.n();
        return new double[] {n, s.missing(), m2 / n, m3 / n, m4 / n};
    }
}
