package dev.lathe.ops.alert;

/** How a rule compares a metric with its threshold; written in rules as the symbol. */
public enum Comparison {
    /** Strictly above. */
    ABOVE(">"),
    /** Above or equal. */
    AT_LEAST(">="),
    /** Strictly below. */
    BELOW("<"),
    /** Below or equal. */
    AT_MOST("<="),
    /** Equal. */
    EQUAL("=="),
    /** Not equal. */
    NOT_EQUAL("!=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /** The symbol as written in rules. */
    public String symbol() {
        return symbol;
    }

    /** Whether {@code value} compared with {@code threshold} holds; NaN never holds. */
    public boolean holds(double value, double threshold) {
        return switch (this) {
            case ABOVE -> value > threshold;
            case AT_LEAST -> value >= threshold;
            case BELOW -> value < threshold;
            case AT_MOST -> value <= threshold;
            case EQUAL -> value == threshold;
            case NOT_EQUAL -> !Double.isNaN(value) && value != threshold;
        };
    }

    /** The comparison a symbol names, or null when none does. */
    public static Comparison ofSymbol(String symbol) {
        for (Comparison c : values()) {
            if (c.symbol.equals(symbol)) {
                return c;
            }
        }
        return null;
    }
}
