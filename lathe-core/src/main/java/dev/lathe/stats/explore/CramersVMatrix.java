package dev.lathe.stats.explore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cramér's V ({@link dev.lathe.stats.CramersV#v()}) between every pair of categorical and boolean columns,
 * each pair over the rows where both are present; NaN where a column shows fewer than two levels.
 *
 * @param names  the columns, in frame order
 * @param values V, symmetric, indexed like {@code names}
 */
public record CramersVMatrix(List<String> names, double[][] values) {

    /** Copies the list and the array. */
    public CramersVMatrix {
        names = List.copyOf(names);
        values = Matrices.copy(values);
    }

    /** The values (a copy). */
    @Override
    public double[][] values() {
        return Matrices.copy(values);
    }

    /** As a JSON-able map: names, values (null for NaN). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("names", names);
        m.put("values", JsonValues.finite(values));
        return m;
    }
}
