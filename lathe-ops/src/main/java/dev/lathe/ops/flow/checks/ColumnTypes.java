package dev.lathe.ops.flow.checks;

import dev.lathe.frame.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code columns: {name: type, ...}}: each required column is present with the given type.
 *
 * @param required column name to type
 */
public record ColumnTypes(Map<String, ColumnType> required) implements DataCheck {

    /** Copies the map, keeping its order. */
    public ColumnTypes {
        required = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(required));
    }

    @Override
    public String name() {
        return "columns";
    }

    @Override
    public List<CheckResult> run(CheckContext c) {
        List<CheckResult> out = new ArrayList<>();
        required.forEach((column, type) -> {
            String expected = "present, " + type.label();
            if (!c.data().has(column)) {
                out.add(Shares.missingColumn(name(), column, expected));
            } else {
                ColumnType actual = c.data().column(column).type();
                out.add(new CheckResult(name(), column, actual == type, actual.label(), expected));
            }
        });
        return out;
    }
}
