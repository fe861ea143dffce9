package dev.lathe.stats.test;

import dev.lathe.stats.distribution.NoncentralF;
import java.util.List;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * One-way analysis of variance: whether k groups share one mean, assuming normal errors with a common
 * variance (for unequal variances use {@link WelchAnova}). Sums of squares are accumulated in two passes
 * around the group means on decimal-centred data ({@link Groups}), which reaches NIST's certified values
 * to 13 or more digits on all eleven StRD ANOVA sets. The effect size is eta squared (between over total sum
 * of squares) with the confidence interval that inverts the noncentral F distribution (Steiger 2004:
 * eta^2 = lambda / (lambda + N)); omega squared, a less biased estimate, is among the extras.
 */
public final class OneWayAnova {

    private OneWayAnova() {
    }

    /**
     * The ANOVA table of a one-way layout.
     *
     * @param ssBetween between-groups (treatment) sum of squares
     * @param ssWithin  within-groups (residual) sum of squares
     * @param dfBetween k - 1
     * @param dfWithin  N - k
     * @param f         the F statistic, MS between over MS within
     * @param pValue    P(F(k - 1, N - k) >= f)
     */
    public record Table(double ssBetween, double ssWithin, int dfBetween, int dfWithin, double f, double pValue) {

        /** Between-groups mean square. */
        public double msBetween() {
            return ssBetween / dfBetween;
        }

        /** Within-groups mean square: the pooled variance. */
        public double msWithin() {
            return ssWithin / dfWithin;
        }

        /** R squared: the share of the total sum of squares between groups (eta squared). */
        public double rSquared() {
            return ssBetween / (ssBetween + ssWithin);
        }

        /** Residual standard deviation: the square root of the within mean square. */
        public double residualSd() {
            return Math.sqrt(msWithin());
        }

        /**
         * The equal-tailed confidence interval of eta squared: the noncentralities lambda that put the observed F
         * at the distribution's upper and lower tails ({@link NoncentralF#noncentralityInterval}), as
         * lambda / (lambda + N); a bound is 0 when the central F already leaves the observed F inside that tail.
         *
         * @param confidence the level in (0, 1), e.g. 0.95
         */
        public NamedInterval etaSquared(double confidence) {
            double[] lambda = NoncentralF.noncentralityInterval(f, dfBetween, dfWithin, confidence);
            double n = dfBetween + dfWithin + 1.0;
            return new NamedInterval("eta_squared", rSquared(), lambda[0] / (lambda[0] + n), lambda[1] / (lambda[1] + n),
                    confidence);
        }

        /** Omega squared: (SSB - (k - 1) MSW) / (SST + MSW), the share of variance explained, less biased than eta squared; may be negative. */
        public double omegaSquared() {
            return (ssBetween - dfBetween * msWithin()) / (ssBetween + ssWithin + msWithin());
        }
    }

    /**
     * The ANOVA table of {@code groups}.
     *
     * @param groups two or more samples, each with at least two finite values
     * @throws IllegalArgumentException for fewer than two groups, a group with fewer than two values, a
     *                                  non-finite value, or no variance within any group
     */
    public static Table table(double[]... groups) {
        return table(Groups.of("one-way ANOVA", null, groups, 2));
    }

    static Table table(Groups g) {
        int k = g.count();
        int n = g.total();
        double grand = 0;
        for (int i = 0; i < k; i++) {
            grand += g.size(i) * g.centeredMean(i);
        }
        grand /= n;
        double correction = 0;
        for (int i = 0; i < k; i++) {
            correction += g.size(i) * (g.centeredMean(i) - grand);
        }
        grand += correction / n;
        double between = 0;
        double within = 0;
        for (int i = 0; i < k; i++) {
            double d = g.centeredMean(i) - grand;
            between += g.size(i) * d * d;
            within += (g.size(i) - 1) * g.variance(i);
        }
        if (within == 0) {
            throw new IllegalArgumentException(g.test() + ": every group is constant (no variance within groups), so F is undefined");
        }
        int dfBetween = k - 1;
        int dfWithin = n - k;
        double f = (between / dfBetween) / (within / dfWithin);
        double p = FDistribution.of(dfBetween, dfWithin).survivalProbability(f);
        return new Table(between, within, dfBetween, dfWithin, f, p);
    }

    /** As {@link #test(List, double, double[]...)} with a 95% interval for eta squared. */
    public static InferenceResult test(List<String> names, double[]... groups) {
        return test(names, 0.95, groups);
    }

    /**
     * The F test that all group means are equal, with eta squared and its confidence interval as the effect
     * size and the table's sums of squares, mean squares, residual standard deviation and omega squared as
     * extras.
     *
     * @param names      the groups' names (for messages), or null
     * @param confidence level of the eta squared interval, in (0, 1)
     * @param groups     two or more samples, each with at least two finite values
     * @throws IllegalArgumentException as {@link #table(double[]...)}, or for a level outside (0, 1)
     */
    public static InferenceResult test(List<String> names, double confidence, double[]... groups) {
        Table t = table(Groups.of("one-way ANOVA", names, groups, 2));
        return InferenceResult.builder("one-way ANOVA", "F", t.f(), t.pValue())
                .df(t.dfBetween(), t.dfWithin())
                .nullHypothesis("all " + groups.length + " group means are equal")
                .effectSize(t.etaSquared(confidence))
                .extra("ss_between", t.ssBetween())
                .extra("ss_within", t.ssWithin())
                .extra("ms_between", t.msBetween())
                .extra("ms_within", t.msWithin())
                .extra("omega_squared", t.omegaSquared())
                .extra("residual_sd", t.residualSd())
                .build();
    }
}
