package dev.lathe.stats.distribution;

import dev.lathe.frame.NumericColumn;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A normal Q-Q plot of a numeric column with its least-squares line, as {@code scipy.stats.probplot(x,
 * dist='norm')}: the theoretical quantiles are the standard normal quantiles of Filliben's (1975) estimates
 * of the uniform order-statistic medians, m_n = 0.5^(1/n), m_1 = 1 - m_n, m_i = (i - 0.3175) / (n + 0.365);
 * the line regresses the ordered values on them. Missing values (NaN) are left out and counted.
 *
 * @param column      the column's name
 * @param theoretical standard normal quantiles, ascending
 * @param ordered     present values, ascending
 * @param slope       slope of the line (an estimate of the standard deviation)
 * @param intercept   intercept of the line (an estimate of the mean)
 * @param r           correlation of the points; 1 on a straight line, 0 for constant data (as scipy)
 * @param missing     missing values left out
 */
public record NormalQQ(String column, double[] theoretical, double[] ordered, double slope, double intercept,
                       double r, int missing) {

    /** Copies the arrays. */
    public NormalQQ {
        theoretical = theoretical.clone();
        ordered = ordered.clone();
    }

    /** The theoretical quantiles (a copy). */
    @Override
    public double[] theoretical() {
        return theoretical.clone();
    }

    /** The ordered values (a copy). */
    @Override
    public double[] ordered() {
        return ordered.clone();
    }

    /**
     * The Q-Q points and line of {@code column}.
     *
     * @throws IllegalArgumentException naming the column when fewer than 2 values are present or a value is
     *                                  infinite
     */
    public static NormalQQ of(NumericColumn column) {
        Sample s = Sample.of(column, "a Q-Q plot", 2);
        int n = s.n();
        double[] y = s.sorted();
        NormalDistribution normal = NormalDistribution.of(0, 1);
        double last = Math.pow(0.5, 1.0 / n);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double median = i == 0 ? 1 - last : i == n - 1 ? last : (i + 1 - 0.3175) / (n + 0.365);
            x[i] = normal.inverseCumulativeProbability(median);
        }
        double xMean = mean(x);
        double yMean = s.mean();
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - xMean;
            double dy = y[i] - yMean;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        double slope = sxy / sxx;
        double r = syy == 0 ? 0 : Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
        return new NormalQQ(s.column(), x, y, slope, yMean - slope * xMean, r, s.missing());
    }

    private static double mean(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }
}
