package dev.lathe.report.html;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A two-column table of names and values (a data set's shape, a model's settings). Values are formatted as
 * in {@link DataTable}.
 *
 * @param entries names to values, in the map's iteration order
 */
public record KeyValues(Map<String, Object> entries) implements Block {

    /** Copies the map, keeping its order. */
    public KeyValues {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
}
