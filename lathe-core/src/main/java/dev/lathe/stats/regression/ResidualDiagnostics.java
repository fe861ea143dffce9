package dev.lathe.stats.regression;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Tests on regression residuals that statsmodels prints under its OLS summary: Durbin-Watson, Jarque-Bera
 * (with skewness and Pearson kurtosis) and the omnibus D'Agostino-Pearson K^2 test (D'Agostino, Belanger
 * and D'Agostino 1990, as scipy.stats.normaltest).
 */
public record ResidualDiagnostics(double durbinWatson, double jarqueBera, double jarqueBeraP, double skew,
                                  double kurtosis, double omnibus, double omnibusP) {

    /** The diagnostics of {@code e}. */
    public static ResidualDiagnostics of(double[] e) {
        int n = e.length;
        double num = 0;
        double den = 0;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            den += e[i] * e[i];
            if (i > 0) {
                num += (e[i] - e[i - 1]) * (e[i] - e[i - 1]);
            }
            mean += e[i];
        }
        mean /= n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double v : e) {
            double d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
            m4 += d * d * d * d;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        double skew = m3 / Math.pow(m2, 1.5);
        double kurt = m4 / (m2 * m2);
        double jb = n / 6.0 * (skew * skew + (kurt - 3) * (kurt - 3) / 4);
        ChiSquaredDistribution chi2 = ChiSquaredDistribution.of(2);
        double k2 = Math.pow(skewZ(skew, n), 2) + Math.pow(kurtosisZ(kurt, n), 2);
        return new ResidualDiagnostics(num / den, jb, chi2.survivalProbability(jb), skew, kurt, k2,
                chi2.survivalProbability(k2));
    }

    /** D'Agostino's normal approximation of the sample skewness (scipy.stats.skewtest). */
    private static double skewZ(double b2, int n) {
        double y = b2 * Math.sqrt((n + 1.0) * (n + 3) / (6.0 * (n - 2)));
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

    /** Anscombe and Glynn's normal approximation of the sample kurtosis (scipy.stats.kurtosistest). */
    private static double kurtosisZ(double b2, int n) {
        double e = 3.0 * (n - 1) / (n + 1);
        double varb2 = 24.0 * n * (n - 2) * (n - 3) / ((n + 1.0) * (n + 1) * (n + 3) * (n + 5));
        double x = (b2 - e) / Math.sqrt(varb2);
        double sqrtBeta1 = 6.0 * (n * (double) n - 5 * n + 2) / ((n + 7.0) * (n + 9))
                * Math.sqrt(6.0 * (n + 3) * (n + 5) / (n * (n - 2.0) * (n - 3)));
        double a = 6 + 8 / sqrtBeta1 * (2 / sqrtBeta1 + Math.sqrt(1 + 4 / (sqrtBeta1 * sqrtBeta1)));
        double term1 = 1 - 2 / (9 * a);
        double denom = 1 + x * Math.sqrt(2 / (a - 4));
        double term2 = Math.signum(denom) * Math.cbrt((1 - 2 / a) / Math.abs(denom));
        return (term1 - term2) / Math.sqrt(2 / (9 * a));
    }
}
