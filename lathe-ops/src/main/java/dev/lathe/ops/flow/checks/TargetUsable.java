package dev.lathe.ops.flow.checks;

import dev.lathe.frame.Column;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Always run: the target column is present, at least a share {@code mostly} of its values are present, and it
 * is not constant (at least two distinct present values: two classes, or a varying number).
 *
 * @param mostly share of rows whose target must be present, in [0, 1] (default 1)
 */
public record TargetUsable(double mostly) implements DataCheck {

    @Override
    public String name() {
        return "target";
    }

    @Override
    public List<CheckResult> run(CheckContext c) {
        String expected = "present in " + Shares.atLeast(mostly) + " of rows, at least 2 distinct values";
        if (!c.data().has(c.target())) {
            return List.of(Shares.missingColumn(name(), c.target(), expected));
        }
        Column y = c.data().column(c.target());
        Set<String> distinct = new HashSet<>();
        int present = 0;
        for (int i = 0; i < y.size(); i++) {
            if (!y.isMissing(i)) {
                present++;
                if (distinct.size() < 2) {
                    distinct.add(y.format(i));
                }
            }
        }
        boolean passed = Shares.enough(present, y.size(), mostly) && distinct.size() >= 2;
        String observed = "present " + Shares.of(present, y.size()) + ", "
                + (distinct.size() < 2 ? (distinct.isEmpty() ? "no values" : "one distinct value '"
                + distinct.iterator().next() + "'") : "2 or more distinct values");
        return List.of(new CheckResult(name(), c.target(), passed, observed, expected));
    }
}
