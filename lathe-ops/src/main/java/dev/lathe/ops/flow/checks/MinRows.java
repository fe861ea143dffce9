package dev.lathe.ops.flow.checks;

import java.util.List;

/**
 * {@code min_rows: N}: the training data has at least N rows.
 *
 * @param min the least number of rows, at least 1
 */
public record MinRows(int min) implements DataCheck {

    @Override
    public String name() {
        return "min_rows";
    }

    @Override
    public List<CheckResult> run(CheckContext c) {
        int n = c.data().rowCount();
        return List.of(new CheckResult(name(), "data", n >= min, n + " rows", "at least " + min + " rows"));
    }
}
