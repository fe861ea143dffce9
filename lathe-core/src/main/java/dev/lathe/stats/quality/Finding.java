package dev.lathe.stats.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One data-quality observation.
 *
 * @param code     what was found, lower snake_case and stable (e.g. {@code missing_values},
 *                 {@code target_leakage}); the list is in {@link DataQuality}
 * @param severity how much it matters
 * @param columns  the columns involved, in frame order (empty for whole-frame findings)
 * @param value    the measured quantity the finding rests on (a share, a count, a coefficient: the message
 *                 says which); NaN when there is none
 * @param message  one sentence a user can act on
 */
public record Finding(String code, Severity severity, List<String> columns, double value, String message) {

    /** Copies the column list. */
    public Finding {
        columns = List.copyOf(columns);
    }

    /** As a JSON-able map: code, severity, columns, value (null when NaN), message. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("severity", severity.label());
        m.put("columns", columns);
        m.put("value", Double.isFinite(value) ? value : null);
        m.put("message", message);
        return m;
    }
}
