package dev.lathe.stats.regression;

import dev.lathe.stats.distribution.DagostinoPearson;
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
        double k2 = Math.pow(DagostinoPearson.skewZ(skew, n), 2)
                + Math.pow(DagostinoPearson.kurtosisZ(kurt, n), 2);
        return new ResidualDiagnostics(num / den, jb, chi2.survivalProbability(jb), skew, kurt, k2,
                chi2.survivalProbability(k2));
    }
}
