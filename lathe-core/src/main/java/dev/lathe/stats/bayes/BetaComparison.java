package dev.lathe.stats.bayes;

import dev.lathe.math.Integration;
import org.apache.commons.numbers.gamma.LogBeta;

/**
 * Two conversion rates with Beta posteriors, compared in closed form: the probability that B's rate is above
 * A's (Evan Miller, "Formulas for Bayesian A/B Testing") and the expected loss of choosing each arm, the rate
 * given up when the other arm is in fact better (Chris Stucchio, 2014). Terms are summed in log space (each
 * from the previous by its rational ratio, re-anchored on log-beta functions every 256 terms), so counts in the
 * millions neither overflow nor lose digits. The closed form needs one arm's first shape to be a
 * whole number (true for a whole-number prior and counts); otherwise the probability is integrated numerically.
 *
 * @param a                  arm A's posterior
 * @param b                  arm B's posterior
 * @param probabilityBBetter P(p_B > p_A)
 * @param lossChoosingA      E[max(p_B - p_A, 0)], the expected rate lost by choosing A
 * @param lossChoosingB      E[max(p_A - p_B, 0)], the expected rate lost by choosing B
 */
public record BetaComparison(BetaBinomial a, BetaBinomial b, double probabilityBBetter, double lossChoosingA,
                             double lossChoosingB) {

    private static final int PANELS = 8192;
    private static final double TAIL = 1e-13;
    /** Every so many terms the log term is recomputed from log-beta functions, so rounding cannot drift. */
    private static final int ANCHOR = 256;

    /** Compares the two posteriors. */
    public static BetaComparison of(BetaBinomial a, BetaBinomial b) {
        double pB = probabilityGreater(b, a);
        // E[p_B 1{p_B > p_A}] = E[p_B] P(B' > A) with B' = Beta(alpha_B + 1, beta_B); likewise for A
        double lossA = Math.max(0, b.mean() * probabilityGreater(new BetaBinomial(b.alpha() + 1, b.beta()), a)
                - a.mean() * probabilityGreater(b, new BetaBinomial(a.alpha() + 1, a.beta())));
        double lossB = Math.max(0, lossA - (b.mean() - a.mean()));
        return new BetaComparison(a, b, pB, lossA, lossB);
    }

    /**
     * Whether an arm can be chosen under the "threshold of caring" stopping rule: stop when the smaller expected
     * loss is below {@code threshold}, the rate difference too small to care about.
     *
     * @param threshold the largest acceptable expected loss, positive
     * @return "A" or "B" when the test can stop with that arm, null when it should go on
     */
    public String decide(double threshold) {
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("threshold of caring must be positive, got " + threshold);
        }
        if (Math.min(lossChoosingA, lossChoosingB) >= threshold) {
            return null;
        }
        return lossChoosingB <= lossChoosingA ? "B" : "A";
    }

    /** P(X > Y) for X ~ x, Y ~ y independent. */
    static double probabilityGreater(BetaBinomial x, BetaBinomial y) {
        if (isWhole(x.alpha()) && (!isWhole(y.alpha()) || x.alpha() <= y.alpha())) {
            return clamp(millerSum(x, y));
        }
        if (isWhole(y.alpha())) {
            return clamp(1 - millerSum(y, x));
        }
        return clamp(integrated(x, y));
    }

    /**
     * Evan Miller's sum for P(X > Y) with whole-number x.alpha:
     * {@code sum_{i < alpha_x} B(alpha_y + i, beta_y + beta_x) / ((beta_x + i) B(1 + i, beta_x) B(alpha_y, beta_y))}.
     */
    private static double millerSum(BetaBinomial x, BetaBinomial y) {
        int terms = (int) Math.min((long) x.alpha(), Integer.MAX_VALUE);
        double[] logs = new double[terms];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < terms; i++) {
            if (i % ANCHOR == 0) {
                logs[i] = millerLogTerm(x, y, i);
            } else {
                // ratio of consecutive terms: (a_y + j) / (a_y + b_y + b_x + j) * (1 + j + b_x) / (1 + j)
                // * (b_x + j) / (b_x + j + 1), with j = i - 1
                double j = i - 1;
                logs[i] = logs[i - 1] + Math.log((y.alpha() + j) / (y.alpha() + y.beta() + x.beta() + j))
                        + Math.log((1 + j + x.beta()) / (1 + j)) + Math.log((x.beta() + j) / (x.beta() + j + 1));
            }
            max = Math.max(max, logs[i]);
        }
        double sum = 0;
        for (double l : logs) {
            sum += Math.exp(l - max);
        }
        return Math.exp(max + Math.log(sum));
    }

    /** The log of Miller's i-th term, from log-beta functions. */
    private static double millerLogTerm(BetaBinomial x, BetaBinomial y, int i) {
        return LogBeta.value(y.alpha() + i, y.beta() + x.beta()) - Math.log(x.beta() + i)
                - LogBeta.value(1.0 + i, x.beta()) - LogBeta.value(y.alpha(), y.beta());
    }

    /** P(X > Y) = integral of f_Y(t) P(X > t) dt over Y's central range, by Simpson's rule. */
    private static double integrated(BetaBinomial x, BetaBinomial y) {
        Posterior px = x.distribution();
        Posterior py = y.distribution();
        double lo = py.quantile(TAIL);
        double hi = py.quantile(1 - TAIL);
        return Integration.simpson(t -> py.density(t) * (1 - px.cdf(t)), lo, hi, PANELS);
    }

    private static boolean isWhole(double v) {
        return v == Math.rint(v) && v < Integer.MAX_VALUE;
    }

    private static double clamp(double p) {
        return Math.min(1, Math.max(0, p));
    }
}
