package dev.lathe.ops.flow.checks;

import dev.lathe.frame.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code max_missing: 0.05} (or {@code {share: 0.05, columns: [a, b]}}): no column misses more than that share
 * of its values. One result per failing column, or one passing result naming the worst column.
 *
 * @param share   the largest missing share allowed, in [0, 1]
 * @param columns the columns looked at; empty for all
 */
public record MaxMissing(double share, List<String> columns) implements DataCheck {

    /** Copies the column list. */
    public MaxMissing {
        columns = List.copyOf(columns);
    }

    @Override
    public String name() {
        return "max_missing";
    }

    @Override
    public List<CheckResult> run(CheckContext c) {
        String expected = "missing share at most " + Shares.format(share);
        List<CheckResult> failed = new ArrayList<>();
        String worst = null;
        double worstShare = -1;
        for (String name : columns.isEmpty() ? c.data().names() : columns) {
            if (!c.data().has(name)) {
                failed.add(Shares.missingColumn(name(), name, expected));
                continue;
            }
            Column col = c.data().column(name);
            int missing = 0;
            for (int i = 0; i < col.size(); i++) {
                missing += col.isMissing(i) ? 1 : 0;
            }
            double s = col.size() == 0 ? 0 : (double) missing / col.size();
            if (s > share) {
                failed.add(new CheckResult(name(), name, false, describe(s, missing, col.size()), expected));
            } else if (s > worstShare) {
                worstShare = s;
                worst = name;
            }
        }
        if (!failed.isEmpty() || worst == null) {
            return failed;
        }
        return List.of(new CheckResult(name(), "every column", true,
                String.format(Locale.ROOT, "largest missing share %.4f (%s)", worstShare, worst), expected));
    }

    private static String describe(double share, int missing, int rows) {
        return String.format(Locale.ROOT, "missing share %.4f (%d of %d)", share, missing, rows);
    }
}
