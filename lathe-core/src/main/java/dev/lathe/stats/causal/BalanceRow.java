package dev.lathe.stats.causal;

/**
 * Covariate balance between the groups: standardised mean differences (treated minus control mean over the
 * unadjusted pooled SD sqrt((s_t^2 + s_c^2) / 2), as the R package cobalt) before adjustment, after inverse
 * probability weighting (ATE weights) and after nearest-neighbour matching (the treated against their matched
 * controls). |SMD| below 0.1 is the usual mark of good balance.
 *
 * @param covariate   the design column (a dummy such as {@code g[T.b]} for a categorical covariate)
 * @param meanTreated mean among the treated
 * @param meanControl mean among the controls
 * @param smdBefore   SMD in the raw data
 * @param smdWeighted SMD after weighting
 * @param smdMatched  SMD after matching
 */
public record BalanceRow(String covariate, double meanTreated, double meanControl, double smdBefore,
                         double smdWeighted, double smdMatched) {

    /** The balance of design column {@code x}. */
    static BalanceRow of(String name, double[] x, byte[] t, double[] ateWeights, int[] match) {
        double[] sum = new double[2];
        double[] sq = new double[2];
        int[] n = new int[2];
        double[] wSum = new double[2];
        double[] w = new double[2];
        double matched = 0;
        for (int i = 0; i < x.length; i++) {
            int g = t[i];
            sum[g] += x[i];
            n[g]++;
            wSum[g] += ateWeights[i] * x[i];
            w[g] += ateWeights[i];
            if (g == 1) {
                matched += x[match[i]];
            }
        }
        double m1 = sum[1] / n[1];
        double m0 = sum[0] / n[0];
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - (t[i] == 1 ? m1 : m0);
            sq[t[i]] += d * d;
        }
        double sd = Math.sqrt((sq[1] / (n[1] - 1) + sq[0] / (n[0] - 1)) / 2);
        return new BalanceRow(name, m1, m0, (m1 - m0) / sd, (wSum[1] / w[1] - wSum[0] / w[0]) / sd,
                (m1 - matched / n[1]) / sd);
    }
}
