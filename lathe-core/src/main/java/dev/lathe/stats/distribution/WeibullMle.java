package dev.lathe.stats.distribution;

import org.apache.commons.statistics.distribution.WeibullDistribution;

/**
 * Maximum-likelihood Weibull parameters with location 0: the shape c solves sum x^c log x / sum x^c - 1/c =
 * mean(log x) (the profile likelihood equation, increasing in c), started from the shape whose log-Weibull
 * standard deviation pi / (c sqrt 6) matches that of log x; the scale is (mean x^c)^(1/c). Powers are taken
 * relative to the largest value so that they cannot overflow.
 */
final class WeibullMle {

    private WeibullMle() {
    }

    /** Shape and scale for positive, not all equal, {@code x}. */
    static Estimate fit(double[] x) {
        int n = x.length;
        double[] logs = new double[n];
        double maxLog = Double.NEGATIVE_INFINITY;
        double meanLog = 0;
        for (int i = 0; i < n; i++) {
            logs[i] = Math.log(x[i]);
            maxLog = Math.max(maxLog, logs[i]);
            meanLog += logs[i];
        }
        meanLog /= n;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            squares += (logs[i] - meanLog) * (logs[i] - meanLog);
            logs[i] -= maxLog;
        }
        double centredMeanLog = meanLog - maxLog;
        double guess = Math.PI / Math.sqrt(6 * squares / n);
        double shape = Root.positive(c -> weighted(logs, c)[0] - 1 / c - centredMeanLog, c -> {
            double[] w = weighted(logs, c);
            return w[1] - w[0] * w[0] + 1 / (c * c);
        }, guess);
        double sumPowers = 0;
        for (double l : logs) {
            sumPowers += Math.exp(shape * l);
        }
        double scale = Math.exp(maxLog + Math.log(sumPowers / n) / shape);
        WeibullDistribution d = WeibullDistribution.of(shape, scale);
        return new Estimate(new double[] {shape, scale}, d::logDensity, d::cumulativeProbability);
    }

    /** {sum w l / sum w, sum w l^2 / sum w} with weights w = exp(c l). */
    private static double[] weighted(double[] logs, double c) {
        double w = 0;
        double wl = 0;
        double wll = 0;
        for (double l : logs) {
            double e = Math.exp(c * l);
            w += e;
            wl += e * l;
            wll += e * l * l;
        }
        return new double[] {wl / w, wll / w};
    }
}
