package dev.lathe.prep.encode;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The period inference rule of {@link CyclicEncoder} (documented there): the name decides, the values
 * confirm.
 */
final class CyclePeriods {

    /** One row of the rule: the name words, the largest value allowed, the period. */
    private record Rule(List<String> words, double max, double period) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(List.of("hour"), 23, 24),
            new Rule(List.of("weekday", "dayofweek", "day_of_week"), 6, 7),
            new Rule(List.of("month"), 12, 12),
            new Rule(List.of("dayofyear", "day_of_year"), 366, 365.25),
            new Rule(List.of("minute", "second"), 59, 60));

    /** A regular expression matching (case-insensitively) the names the rule recognises. */
    static final String NAME_PATTERN = "(?i)(.*_)?("
            + RULES.stream().flatMap(r -> r.words().stream()).collect(Collectors.joining("|")) + ")";

    private CyclePeriods() {
    }

    /** The period of column {@code name} with {@code values}; fails, saying how to give one, if no rule fits. */
    static double infer(String name, double[] values, String step) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            for (String word : rule.words()) {
                if (lower.equals(word) || lower.endsWith("_" + word)) {
                    checkRange(name, values, rule, word, step);
                    return rule.period();
                }
            }
        }
        throw new IllegalArgumentException(step + " cannot infer the period of column '" + name
                + "' from its name; give it in periods, e.g. {\"" + name + "\": 24}");
    }

    private static void checkRange(String name, double[] values, Rule rule, String word, String step) {
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isNaN(v) && !(v >= 0 && v <= rule.max())) {
                throw new IllegalArgumentException(step + " cannot infer the period of column '" + name
                        + "': it is named like " + word + " but row " + (i + 1) + " holds " + v
                        + ", outside [0, " + (int) rule.max() + "]; give its period in periods");
            }
        }
    }
}
