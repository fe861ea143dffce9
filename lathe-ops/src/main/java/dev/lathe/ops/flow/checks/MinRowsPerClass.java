package dev.lathe.ops.flow.checks;

import dev.lathe.frame.Column;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code min_rows_per_class: N}: every class of the target has at least N rows (a classification target).
 *
 * @param min the least number of rows of any class, at least 1
 */
public record MinRowsPerClass(int min) implements DataCheck {

    @Override
    public String name() {
        return "min_rows_per_class";
    }

    @Override
    public List<CheckResult> run(CheckContext c) {
        String expected = "at least " + min + " rows of every class";
        if (!c.data().has(c.target())) {
            return List.of(Shares.missingColumn(name(), c.target(), expected));
        }
        Column y = c.data().column(c.target());
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < y.size(); i++) {
            if (!y.isMissing(i)) {
                counts.merge(y.format(i), 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            return List.of(new CheckResult(name(), c.target(), false, "no classes", expected));
        }
        Map.Entry<String, Integer> rarest = counts.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
        return List.of(new CheckResult(name(), c.target(), rarest.getValue() >= min,
                "rarest class '" + rarest.getKey() + "' has " + rarest.getValue() + " rows", expected));
    }
}
