package dev.lathe.stats.test;

/**
 * How a factorial ANOVA attributes sums of squares when the design is unbalanced (in a balanced design all
 * types agree).
 */
public enum SumOfSquares {
    /**
     * Type II: each main effect adjusted for the other main effects but not for interactions that contain it;
     * the most powerful choice when the interaction is absent. Invariant to how factors are coded.
     */
    TYPE_2,
    /**
     * Type III: each term adjusted for every other term, interactions included; computed with sum-to-zero
     * (effect) coding, as R's {@code car::Anova(type = 3)} with {@code contr.sum} and statsmodels with
     * {@code C(x, Sum)} do. Tests main effects averaged over the other factor's levels.
     */
    TYPE_3;

    /**
     * Reads {@code 2}, {@code II}, {@code type2}, {@code 3}, {@code III} or {@code type3}.
     *
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static SumOfSquares parse(String text) {
        String key = text.trim().toLowerCase(java.util.Locale.ROOT).replace("type", "").replace("_", "").trim();
        return switch (key) {
            case "2", "ii" -> TYPE_2;
            case "3", "iii" -> TYPE_3;
            default -> throw new IllegalArgumentException("unknown sum-of-squares type '" + text + "': expected 2 or 3");
        };
    }
}
