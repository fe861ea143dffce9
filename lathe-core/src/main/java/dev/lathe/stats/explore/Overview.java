package dev.lathe.stats.explore;

import dev.lathe.stats.quality.Finding;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first part of an {@link Exploration}: the data's shape and what is wrong or risky in it.
 *
 * @param rows        rows
 * @param columns     columns
 * @param types       columns per type label ("numeric", "categorical", ...), in order of first appearance
 * @param memoryBytes estimated heap of the values (see the exploration guide: 8 bytes per number, 4 per
 *                    category code, text by its length)
 * @param findings    {@link dev.lathe.stats.quality.DataQuality} findings, most severe first
 */
public record Overview(int rows, int columns, Map<String, Integer> types, long memoryBytes, List<Finding> findings) {

    /** Copies the map and the list. */
    public Overview {
        types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        findings = List.copyOf(findings);
    }

    /** As a JSON-able map: rows, columns, types, memory_bytes, findings. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", rows);
        m.put("columns", columns);
        m.put("types", types);
        m.put("memory_bytes", memoryBytes);
        m.put("findings", findings.stream().map(Finding::toMap).toList());
        return m;
    }
}
