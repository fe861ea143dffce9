package dev.lathe.ops.flow.checks;

import dev.lathe.frame.ColumnType;
import dev.lathe.frame.NumericColumn;
import java.util.List;

/**
 * {@code ranges: {column: {min: 0, max: 50, mostly: 0.99}}}: at least a share {@code mostly} of the column's
 * present values lie in [min, max] (missing values are left to {@code max_missing}).
 *
 * @param column the numeric column
 * @param min    the lowest allowed value, or negative infinity
 * @param max    the highest allowed value, or positive infinity
 * @param mostly share of present values that must lie in the range, in [0, 1]
 */
public record ValueRange(String column, double min, double max, double mostly) implements DataCheck {

    @Override
    public String name() {
        return "ranges";
    }

    @Override
    public List<CheckResult> run(CheckContext c) {
        String expected = Shares.atLeast(mostly) + " in [" + Shares.format(min) + ", " + Shares.format(max) + "]";
        if (!c.data().has(column)) {
            return List.of(Shares.missingColumn(name(), column, expected));
        }
        if (c.data().column(column).type() != ColumnType.NUMERIC) {
            return List.of(new CheckResult(name(), column, false, c.data().column(column).type().label()
                    + " column", "numeric column, " + expected));
        }
        NumericColumn x = c.data().numeric(column);
        long present = 0;
        long inside = 0;
        for (int i = 0; i < x.size(); i++) {
            double v = x.get(i);
            if (!Double.isNaN(v)) {
                present++;
                inside += v >= min && v <= max ? 1 : 0;
            }
        }
        return List.of(new CheckResult(name(), column, Shares.enough(inside, present, mostly),
                Shares.of(inside, present), expected));
    }
}
