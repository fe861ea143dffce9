package dev.lathe.ops.flow.checks;

import dev.lathe.frame.Column;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code categories: {column: {values: [a, b], mostly: 1}}}: at least a share {@code mostly} of the column's
 * present values are among the allowed ones.
 *
 * @param column  the column (its values are compared as text)
 * @param allowed the allowed values
 * @param mostly  share of present values that must be allowed, in [0, 1]
 */
public record CategorySet(String column, Set<String> allowed, double mostly) implements DataCheck {

    /** Copies the set, sorted for messages. */
    public CategorySet {
        allowed = java.util.Collections.unmodifiableSet(new TreeSet<>(allowed));
    }

    @Override
    public String name() {
        return "categories";
    }

    @Override
    public List<CheckResult> run(CheckContext c) {
        String expected = Shares.atLeast(mostly) + " in " + allowed;
        if (!c.data().has(column)) {
            return List.of(Shares.missingColumn(name(), column, expected));
        }
        Column x = c.data().column(column);
        long present = 0;
        long inside = 0;
        Set<String> unexpected = new TreeSet<>();
        for (int i = 0; i < x.size(); i++) {
            if (!x.isMissing(i)) {
                present++;
                String v = x.format(i);
                if (allowed.contains(v)) {
                    inside++;
                } else if (unexpected.size() < 3) {
                    unexpected.add(v);
                }
            }
        }
        String observed = Shares.of(inside, present) + (unexpected.isEmpty() ? "" : ", unexpected " + unexpected);
        return List.of(new CheckResult(name(), column, Shares.enough(inside, present, mostly), observed, expected));
    }
}
