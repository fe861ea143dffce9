package dev.lathe.stats.ab;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Sequential monitoring of one variant against the control that stays valid however often it is looked at:
 * the mixture sequential probability ratio test (mSPRT) of Johari, Pekelis and Walsh ("Always valid inference",
 * 2017), with a Normal mixing distribution of standard deviation tau over the difference in means. At each look
 * the difference d has estimated variance s^2 = var_A / n_A + var_B / n_B, the likelihood ratio is
 * {@code sqrt(s^2 / (s^2 + tau^2)) exp(tau^2 d^2 / (2 s^2 (s^2 + tau^2)))}, the always-valid p-value is the running
 * minimum of its inverse, and the confidence sequence is
 * {@code d +- sqrt(s^2 (s^2 + tau^2) / tau^2 * ln((s^2 + tau^2) / (s^2 alpha^2)))}; with probability 1 - alpha
 * every interval of the sequence covers the true difference at once.
 *
 * @param rows      per look, the number of rows (in file order, taken as arrival order) seen so far
 * @param estimate  per look, the difference in means (variant - control)
 * @param low       per look, the confidence sequence's lower end
 * @param high      per look, its upper end
 * @param pValue    per look, the always-valid p-value (never increases)
 * @param fixedP    per look, the fixed-horizon two-sided z-test p-value, invalid under peeking (for comparison)
 * @param mixingSd  the mixing standard deviation tau used
 * @param alpha     the level of the sequence
 */
public record SequentialPath(int[] rows, double[] estimate, double[] low, double[] high, double[] pValue,
                             double[] fixedP, double mixingSd, double alpha) {

    private static final NormalDistribution Z = NormalDistribution.of(0, 1);
    /** The fewest units per arm before the first look, so that variances are estimable. */
    public static final int MIN_PER_ARM = 10;

    /** Copies the arrays. */
    public SequentialPath {
        rows = rows.clone();
        estimate = estimate.clone();
        low = low.clone();
        high = high.clone();
        pValue = pValue.clone();
        fixedP = fixedP.clone();
    }

    /**
     * Monitors {@code variant} against {@code control} over the rows in order.
     *
     * @param metric   the metric per row
     * @param arm      the arm code per row (rows of other arms are skipped)
     * @param control  the control's code
     * @param variant  the variant's code
     * @param looks    the number of evenly spaced looks, at least 1 (looks before both arms have
     *                 {@link #MIN_PER_ARM} units are skipped)
     * @param mixingSd tau, positive: the size of difference the test is most sensitive to
     * @param alpha    the level, in (0, 1)
     */
    public static SequentialPath monitor(double[] metric, int[] arm, int control, int variant, int looks,
                                         double mixingSd, double alpha) {
        if (looks < 1) {
            throw new IllegalArgumentException("need at least one look, got " + looks);
        }
        if (!(mixingSd > 0) || Double.isInfinite(mixingSd)) {
            throw new IllegalArgumentException("mixing standard deviation must be positive and finite, got " + mixingSd);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        int n = metric.length;
        double tau2 = mixingSd * mixingSd;
        double[][] sums = new double[2][3];
        int[] rowsAt = new int[looks];
        double[] est = new double[looks];
        double[] lo = new double[looks];
        double[] hi = new double[looks];
        double[] p = new double[looks];
        double[] fixed = new double[looks];
        int kept = 0;
        double running = 1;
        int next = 0;
        for (int look = 1; look <= looks; look++) {
            int until = (int) ((long) n * look / looks);
            for (; next < until; next++) {
                int g = arm[next] == control ? 0 : arm[next] == variant ? 1 : -1;
                if (g >= 0) {
                    // Welford: count, mean, sum of squared deviations
                    double[] w = sums[g];
                    w[0]++;
                    double delta = metric[next] - w[1];
                    w[1] += delta / w[0];
                    w[2] += delta * (metric[next] - w[1]);
                }
            }
            if (sums[0][0] < MIN_PER_ARM || sums[1][0] < MIN_PER_ARM) {
                continue;
            }
            double d = mean(sums[1]) - mean(sums[0]);
            double s2 = variance(sums[0]) / sums[0][0] + variance(sums[1]) / sums[1][0];
            if (!(s2 > 0)) {
                continue;
            }
            double logLr = 0.5 * Math.log(s2 / (s2 + tau2)) + tau2 * d * d / (2 * s2 * (s2 + tau2));
            running = Math.min(running, Math.min(1, Math.exp(-logLr)));
            double half = Math.sqrt(s2 * (s2 + tau2) / tau2 * Math.log((s2 + tau2) / (s2 * alpha * alpha)));
            rowsAt[kept] = until;
            est[kept] = d;
            lo[kept] = d - half;
            hi[kept] = d + half;
            p[kept] = running;
            fixed[kept] = 2 * Z.survivalProbability(Math.abs(d) / Math.sqrt(s2));
            kept++;
        }
        return new SequentialPath(Arrays.copyOf(rowsAt, kept), Arrays.copyOf(est, kept),
                Arrays.copyOf(lo, kept), Arrays.copyOf(hi, kept), Arrays.copyOf(p, kept),
                Arrays.copyOf(fixed, kept), mixingSd, alpha);
    }

    /** The number of looks kept (those with enough units in both arms). */
    public int size() {
        return rows.length;
    }

    /** Whether the always-valid p-value fell below alpha at some look (it never rises again). */
    public boolean rejected() {
        return rows.length > 0 && pValue[rows.length - 1] < alpha;
    }

    private static double mean(double[] s) {
        return s[1];
    }

    private static double variance(double[] s) {
        return s[2] / (s[0] - 1);
    }
}
