package dev.lathe.ops.flow.checks;

import dev.lathe.frame.Column;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code unique_id: {mostly: 1}}: at least a share {@code mostly} of the rows have an id that is present and
 * that no other row has ({@code data.id}).
 *
 * @param mostly share of rows with a unique id, in [0, 1]
 */
public record UniqueId(double mostly) implements DataCheck {

    @Override
    public String name() {
        return "unique_id";
    }

    @Override
    public List<CheckResult> run(CheckContext c) {
        String expected = Shares.atLeast(mostly) + " of rows with a unique id";
        if (c.id() == null) {
            return List.of(new CheckResult(name(), "data", false, "no id column (data.id)", expected));
        }
        if (!c.data().has(c.id())) {
            return List.of(Shares.missingColumn(name(), c.id(), expected));
        }
        Column id = c.data().column(c.id());
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < id.size(); i++) {
            if (!id.isMissing(i)) {
                counts.merge(id.format(i), 1, Integer::sum);
            }
        }
        long unique = counts.values().stream().filter(n -> n == 1).count();
        return List.of(new CheckResult(name(), c.id(), Shares.enough(unique, id.size(), mostly),
                Shares.of(unique, id.size()), expected));
    }
}
