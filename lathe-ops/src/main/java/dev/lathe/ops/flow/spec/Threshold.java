package dev.lathe.ops.flow.spec;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An acceptance threshold on a metric, written {@code roc_auc >= 0.85} or {@code rmse <= 40}.
 *
 * @param metric   a metric name as {@link dev.lathe.eval.Metric#of} knows it
 * @param operator {@code >=}, {@code >}, {@code <=} or {@code <}
 * @param value    the threshold, a finite number
 */
public record Threshold(String metric, String operator, double value) {

    private static final Pattern FORM = Pattern.compile("\\s*([A-Za-z0-9_]+)\\s*(>=|<=|>|<)\\s*(\\S+)\\s*");

    /** Parses {@code metric op value}; a clear error otherwise. */
    public static Threshold parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("a success metric reads 'METRIC >= VALUE' (or >, <=, <), e.g. "
                    + "'roc_auc >= 0.85', got '" + text + "'");
        }
        double v;
        try {
            v = Double.parseDouble(m.group(3));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the threshold of '" + text + "' is not a number: '" + m.group(3) + "'");
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("the threshold of '" + text + "' must be finite");
        }
        return new Threshold(m.group(1).toLowerCase(Locale.ROOT), m.group(2), v);
    }

    /** Whether the operator asks for large values ({@code >=} or {@code >}). */
    public boolean wantsLarger() {
        return operator.startsWith(">");
    }

    /** Whether {@code observed} meets the threshold (NaN never does). */
    public boolean met(double observed) {
        return switch (operator) {
            case ">=" -> observed >= value;
            case ">" -> observed > value;
            case "<=" -> observed <= value;
            default -> observed < value;
        };
    }

    /** How far {@code observed} falls short of the threshold (0 when met). */
    public double shortfall(double observed) {
        return met(observed) ? 0 : Math.abs(value - observed);
    }

    /** The threshold as written, normalised: {@code roc_auc >= 0.85}. */
    @Override
    public String toString() {
        return metric + " " + operator + " " + value;
    }
}
