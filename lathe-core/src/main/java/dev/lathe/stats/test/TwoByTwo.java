package dev.lathe.stats.test;

/**
 * Odds and risk ratios of a 2 x 2 table [[a, b], [c, d]] whose rows are the groups (exposed first) and whose
 * columns are the outcomes (event first), with the log-scale intervals statsmodels' {@code Table2x2} gives:
 * Woolf's for the odds ratio (se of log OR = sqrt(1/a + 1/b + 1/c + 1/d)) and Katz's for the risk ratio
 * (se of log RR = sqrt(1/a - 1/(a + b) + 1/c - 1/(c + d))). A zero cell makes the ratio 0 or infinite and its
 * interval undefined (NaN ends).
 */
public final class TwoByTwo {

    private TwoByTwo() {
    }

    /** The odds ratio ad / bc with Woolf's interval at {@code confidence}. */
    public static NamedInterval oddsRatio(long[][] table, double confidence) {
        double a = table[0][0];
        double b = table[0][1];
        double c = table[1][0];
        double d = table[1][1];
        return ratio("odds_ratio", a * d / (b * c), Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d), confidence);
    }

    /** The risk ratio (a / (a + b)) / (c / (c + d)) with Katz's interval at {@code confidence}. */
    public static NamedInterval riskRatio(long[][] table, double confidence) {
        double a = table[0][0];
        double b = table[0][1];
        double c = table[1][0];
        double d = table[1][1];
        return ratio("risk_ratio", (a / (a + b)) / (c / (c + d)),
                Math.sqrt(1 / a - 1 / (a + b) + 1 / c - 1 / (c + d)), confidence);
    }

    /** Adds both ratios and their intervals to a result's extras. */
    static void addTo(InferenceResult.Builder result, long[][] table, double confidence) {
        EffectSizes.addTo(result, oddsRatio(table, confidence));
        EffectSizes.addTo(result, riskRatio(table, confidence));
    }

    private static NamedInterval ratio(String name, double value, double seOfLog, double confidence) {
        if (!(value > 0 && Double.isFinite(value)) || !Double.isFinite(seOfLog)) {
            return new NamedInterval(name, value, Double.NaN, Double.NaN, Samples.confidence(confidence));
        }
        return Intervals.logNormal(name, value, seOfLog, confidence);
    }
}
