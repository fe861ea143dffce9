package dev.lathe.stats.test;

import java.util.Arrays;
import java.util.Locale;

/**
 * Corrections of p-values for testing several hypotheses at once, as statsmodels'
 * {@code multipletests} computes them: family-wise error control (Bonferroni, Holm's step-down,
 * Hochberg's step-up) and false-discovery-rate control (Benjamini-Hochberg, and Benjamini-Yekutieli for
 * any dependence between the tests). Adjusted p-values are compared with the level directly: a
 * hypothesis is rejected when its adjusted p-value is at most alpha.
 */
public enum MultipleTesting {
    /** p times the number of tests; controls the family-wise error rate under any dependence. */
    BONFERRONI("bonferroni"),
    /** Holm's step-down Bonferroni: uniformly more powerful than Bonferroni, same guarantee. */
    HOLM("holm"),
    /** Hochberg's step-up: more powerful than Holm; valid for independent or positively dependent tests. */
    HOCHBERG("hochberg"),
    /** Benjamini-Hochberg: controls the false discovery rate for independent or positively dependent tests. */
    BENJAMINI_HOCHBERG("bh"),
    /** Benjamini-Yekutieli: controls the false discovery rate under any dependence. */
    BENJAMINI_YEKUTIELI("by");

    private final String label;

    MultipleTesting(String label) {
        this.label = label;
    }

    /** The short name users type: bonferroni, holm, hochberg, bh, by. */
    public String label() {
        return label;
    }

    /**
     * Reads a correction by its short name ({@code bonferroni}, {@code holm}, {@code hochberg}, {@code bh},
     * {@code by}); statsmodels' {@code fdr_bh} and {@code fdr_by} are accepted too.
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static MultipleTesting parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT).replace("fdr_", "").replace('-', '_');
        for (MultipleTesting m : values()) {
            if (m.label.equals(key) || m.name().toLowerCase(Locale.ROOT).equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown correction '" + text
                + "': expected bonferroni, holm, hochberg, bh or by");
    }

    /**
     * The adjusted p-values, in the order given.
     *
     * @param pValues the raw p-values, each in [0, 1]; not changed
     * @throws IllegalArgumentException when there are none or one is NaN or outside [0, 1]
     */
    public double[] adjust(double[] pValues) {
        int m = pValues.length;
        if (m == 0) {
            throw new IllegalArgumentException("no p-values to correct");
        }
        for (int i = 0; i < m; i++) {
            if (!(pValues[i] >= 0 && pValues[i] <= 1)) {
                throw new IllegalArgumentException("p-value " + (i + 1) + " is " + pValues[i] + ": expected a value in [0, 1]");
            }
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(pValues[a], pValues[b]));
        double[] adjusted = new double[m];
        switch (this) {
            case BONFERRONI -> {
                for (int i = 0; i < m; i++) {
                    adjusted[i] = Math.min(1.0, m * pValues[i]);
                }
            }
            case HOLM -> {
                double running = 0;
                for (int rank = 0; rank < m; rank++) {
                    running = Math.max(running, Math.min(1.0, (m - rank) * pValues[order[rank]]));
                    adjusted[order[rank]] = running;
                }
            }
            case HOCHBERG -> stepUp(pValues, order, adjusted, rank -> m - rank, 1.0);
            case BENJAMINI_HOCHBERG -> stepUp(pValues, order, adjusted, rank -> (double) m / (rank + 1), 1.0);
            case BENJAMINI_YEKUTIELI -> stepUp(pValues, order, adjusted, rank -> (double) m / (rank + 1), harmonic(m));
        }
        return adjusted;
    }

    /**
     * Which hypotheses are rejected at family level {@code alpha}: those whose adjusted p-value is at most alpha.
     *
     * @param pValues the raw p-values, each in [0, 1]
     * @param alpha   the family-wise error rate or false discovery rate to control, in (0, 1)
     */
    public boolean[] reject(double[] pValues, double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        double[] adjusted = adjust(pValues);
        boolean[] rejected = new boolean[adjusted.length];
        for (int i = 0; i < adjusted.length; i++) {
            rejected[i] = adjusted[i] <= alpha;
        }
        return rejected;
    }

    /** Step-up: from the largest p-value down, the running minimum of factor(rank) * scale * p, capped at 1. */
    private static void stepUp(double[] p, Integer[] order, double[] adjusted,
                               java.util.function.IntToDoubleFunction factor, double scale) {
        double running = 1.0;
        for (int rank = p.length - 1; rank >= 0; rank--) {
            running = Math.min(running, Math.min(1.0, factor.applyAsDouble(rank) * scale * p[order[rank]]));
            adjusted[order[rank]] = running;
        }
    }

    private static double harmonic(int m) {
        double sum = 0;
        for (int k = m; k >= 1; k--) {
            sum += 1.0 / k;
        }
        return sum;
    }
}
