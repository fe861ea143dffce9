package dev.lathe.stats.ab;

import dev.lathe.stats.test.MultipleTesting;

/**
 * What {@link AbAnalysis} reads and how it decides. Start from {@link #of} and change what differs.
 *
 * @param arm               the column naming each unit's arm
 * @param metric            the outcome column: numeric, or boolean / 0-1 for conversions
 * @param covariate         a pre-period numeric column for CUPED, or null
 * @param control           the control arm's label, or null: the arm named "control" (any case) if there is one,
 *                          else the first label in sorted order
 * @param alpha             the significance level, in (0, 1); default 0.05 (intervals at 1 - alpha)
 * @param correction        the multiple-testing correction across variants; default Holm
 * @param shares            the planned share of each arm in sorted label order, or null for equal shares
 * @param srmThreshold      p-value below which the sample ratio is declared off plan; default 0.001
 * @param draws             Monte Carlo draws of the Bayesian comparison, at least 1000; default 100,000
 * @param seed              seed of the draws; default 42
 * @param looks             evenly spaced looks of the sequential monitor, at least 1; default 50
 * @param mixingSd          the mSPRT mixing standard deviation; NaN (default) uses the standard error of the
 *                          difference on all rows, which tunes the test to the sample at hand
 * @param thresholdOfCaring the expected loss below which the Bayesian rule stops with an arm; default 0.001
 */
public record AbOptions(String arm, String metric, String covariate, String control, double alpha,
                        MultipleTesting correction, double[] shares, double srmThreshold, int draws, long seed,
                        int looks, double mixingSd, double thresholdOfCaring) {

    /** Checks the ranges. */
    public AbOptions {
        if (arm == null || metric == null) {
            throw new IllegalArgumentException("the arm and metric columns must be named");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        if (correction == null) {
            throw new IllegalArgumentException("a multiple-testing correction must be given");
        }
        if (draws < 1000) {
            throw new IllegalArgumentException("need at least 1000 draws, got " + draws);
        }
        if (looks < 1) {
            throw new IllegalArgumentException("need at least one look, got " + looks);
        }
        if (!(thresholdOfCaring > 0)) {
            throw new IllegalArgumentException("threshold of caring must be positive, got " + thresholdOfCaring);
        }
        shares = shares == null ? null : shares.clone();
    }

    /** The defaults for the given arm and metric columns. */
    public static AbOptions of(String arm, String metric) {
        return new AbOptions(arm, metric, null, null, 0.05, MultipleTesting.HOLM, null,
                SampleRatioCheck.DEFAULT_THRESHOLD, 100_000, 42, 50, Double.NaN, 0.001);
    }

    /** With a CUPED covariate column. */
    public AbOptions withCovariate(String column) {
        return new AbOptions(arm, metric, column, control, alpha, correction, shares, srmThreshold, draws, seed, looks,
                mixingSd, thresholdOfCaring);
    }

    /** With the control arm named. */
    public AbOptions withControl(String label) {
        return new AbOptions(arm, metric, covariate, label, alpha, correction, shares, srmThreshold, draws, seed, looks,
                mixingSd, thresholdOfCaring);
    }

    /** With another level and correction. */
    public AbOptions withLevel(double newAlpha, MultipleTesting newCorrection) {
        return new AbOptions(arm, metric, covariate, control, newAlpha, newCorrection, shares, srmThreshold, draws,
                seed, looks, mixingSd, thresholdOfCaring);
    }

    /** With planned shares (sorted label order) and a mismatch threshold. */
    public AbOptions withPlan(double[] newShares, double newSrmThreshold) {
        return new AbOptions(arm, metric, covariate, control, alpha, correction, newShares, newSrmThreshold, draws,
                seed, looks, mixingSd, thresholdOfCaring);
    }

    /** With other Monte Carlo settings and threshold of caring. */
    public AbOptions withBayes(int newDraws, long newSeed, double newThreshold) {
        return new AbOptions(arm, metric, covariate, control, alpha, correction, shares, srmThreshold, newDraws,
                newSeed, looks, mixingSd, newThreshold);
    }

    /** With other sequential-monitor settings. */
    public AbOptions withSequential(int newLooks, double newMixingSd) {
        return new AbOptions(arm, metric, covariate, control, alpha, correction, shares, srmThreshold, draws, seed,
                newLooks, newMixingSd, thresholdOfCaring);
    }
}
