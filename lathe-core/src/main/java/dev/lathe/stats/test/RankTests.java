package dev.lathe.stats.test;

import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * Rank tests from Commons Statistics: the Mann-Whitney U test of two independent samples and the Wilcoxon
 * signed-rank test of one sample or of paired samples. The p-value is exact (the permutation distribution of
 * the statistic) or from the normal approximation with the tie-corrected variance and, when asked, a
 * continuity correction. With {@link Method#AUTO} the exact distribution is used as R's {@code wilcox.test}
 * uses it: when there are no ties (and, for signed ranks, no zero differences) and every sample has fewer than
 * 50 values. The effect size is the rank-biserial correlation, positive when the first sample tends to be larger.
 */
public final class RankTests {

    private static final int EXACT_BELOW = 50;

    private RankTests() {
    }

    /** How the p-value is computed. */
    public enum Method {
        /** Exact without ties and for fewer than 50 values per sample, else the normal approximation. */
        AUTO,
        /** The exact permutation distribution (Commons refuses it with ties; ties are then approximated). */
        EXACT,
        /** The normal approximation with the tie-corrected variance. */
        ASYMPTOTIC;

        /** Reads {@code auto}, {@code exact} or {@code asymptotic} (also {@code normal}). */
        public static Method parse(String text) {
            String key = text.trim().toLowerCase(java.util.Locale.ROOT);
            return switch (key) {
                case "auto" -> AUTO;
                case "exact" -> EXACT;
                case "asymptotic", "normal", "approx" -> ASYMPTOTIC;
                default -> throw new IllegalArgumentException("unknown p-value method '" + text
                        + "': expected auto, exact or asymptotic");
            };
        }
    }

    /**
     * The Mann-Whitney U test of H0: the two samples come from the same distribution (P(X > Y) = P(X < Y)).
     * The statistic is U of the first sample (the number of pairs with x > y, ties counting one half).
     *
     * @param x          the first sample, finite, at least 1 value
     * @param y          the second sample, finite, at least 1 value
     * @param continuity whether the normal approximation applies the continuity correction (R's and scipy's
     *                   default)
     */
    public static InferenceResult mannWhitney(double[] x, double[] y, Alternative alternative, Method method,
                                              boolean continuity) {
        Samples.finite(x, "first group", 1);
        Samples.finite(y, "second group", 1);
        boolean exact = switch (method) {
            case EXACT -> true;
            case ASYMPTOTIC -> false;
            case AUTO -> x.length < EXACT_BELOW && y.length < EXACT_BELOW && !hasTies(x, y);
        };
        MannWhitneyUTest.Result r = MannWhitneyUTest.withDefaults().with(CommonsAlternative.of(alternative))
                .with(exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
                .with(continuity ? ContinuityCorrection.ENABLED : ContinuityCorrection.DISABLED)
                .test(x, y);
        double pairs = (double) x.length * y.length;
        double u = r.getStatistic();
        return InferenceResult.builder("Mann-Whitney U test", "U", u, r.getPValue())
                .alternative(alternative)
                .nullHypothesis("the two samples come from the same distribution")
                .effectSize(NamedInterval.point("rank_biserial", 2 * u / pairs - 1))
                .extra("u_second", pairs - u)
                .extra("method", exact && !r.hasTiedValues() ? "exact" : "normal approximation"
                        + (continuity ? " with continuity correction" : ""))
                .build();
    }

    /**
     * The Wilcoxon signed-rank test of H0: the differences x - mu are symmetric about zero. Zero differences
     * are dropped (Wilcoxon's convention, R's and scipy's default). The statistic is W+, the sum of the ranks
     * of the positive differences (R's V).
     *
     * @param x          the sample (or the differences of pairs), finite, at least 1 non-zero difference
     * @param continuity whether the normal approximation applies the continuity correction (R's default)
     */
    public static InferenceResult signedRank(double[] x, double mu, Alternative alternative, Method method,
                                             boolean continuity) {
        Samples.finite(x, "sample", 1);
        if (!Double.isFinite(mu)) {
            throw new IllegalArgumentException("mu is " + mu + ": expected a finite number");
        }
        double[] d = new double[x.length];
        int nonZero = 0;
        for (double v : x) {
            if (v - mu != 0) {
                d[nonZero++] = v - mu;
            }
        }
        if (nonZero == 0) {
            throw new IllegalArgumentException("every difference from mu = " + mu + " is zero: nothing to rank");
        }
        d = java.util.Arrays.copyOf(d, nonZero);
        boolean exact = switch (method) {
            case EXACT -> true;
            case ASYMPTOTIC -> false;
            case AUTO -> nonZero < EXACT_BELOW && nonZero == x.length && !hasTiedMagnitudes(d);
        };
        WilcoxonSignedRankTest.Result r = WilcoxonSignedRankTest.withDefaults()
                .with(CommonsAlternative.of(alternative))
                .with(exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
                .with(continuity ? ContinuityCorrection.ENABLED : ContinuityCorrection.DISABLED)
                .test(d);
        double total = nonZero * (nonZero + 1) / 2.0;
        double wPlus = r.getStatistic();
        return InferenceResult.builder("Wilcoxon signed-rank test", "W+", wPlus, r.getPValue())
                .alternative(alternative)
                .nullHypothesis("the differences are symmetric about " + mu)
                .effectSize(NamedInterval.point("rank_biserial", (2 * wPlus - total) / total))
                .extra("w_minus", total - wPlus)
                .extra("non_zero", (long) nonZero)
                .build();
    }

    /**
     * The signed-rank test of paired samples: {@link #signedRank} of the differences x - y against {@code mu}.
     */
    public static InferenceResult signedRank(double[] x, double[] y, double mu, Alternative alternative,
                                             Method method, boolean continuity) {
        Samples.paired(x, y, 1);
        return signedRank(Samples.differences(x, y), mu, alternative, method, continuity);
    }

    private static boolean hasTies(double[] x, double[] y) {
        double[] all = new double[x.length + y.length];
        System.arraycopy(x, 0, all, 0, x.length);
        System.arraycopy(y, 0, all, x.length, y.length);
        return hasRepeats(all);
    }

    private static boolean hasTiedMagnitudes(double[] d) {
        double[] a = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            a[i] = Math.abs(d[i]);
        }
        return hasRepeats(a);
    }

    private static boolean hasRepeats(double[] values) {
        double[] s = values.clone();
        java.util.Arrays.sort(s);
        for (int i = 1; i < s.length; i++) {
            if (s[i] == s[i - 1]) {
                return true;
            }
        }
        return false;
    }
}
