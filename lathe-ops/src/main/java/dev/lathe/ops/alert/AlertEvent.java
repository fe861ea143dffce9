package dev.lathe.ops.alert;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A change of an alert's state: it started firing, or its condition cleared (resolved).
 *
 * @param id         the same for an alert's firing and its resolution, unique per firing: receivers deduplicate
 *                   on it together with {@code state}
 * @param rule       the rule's name
 * @param state      what happened
 * @param severity   the rule's severity
 * @param series     the metric series it concerns (the rule's metric, or one labelled series of it)
 * @param value      the metric in the window that caused the change
 * @param condition  the condition in words, e.g. {@code ">= 0.5"} or {@code "outside [0.81, 0.93]"}
 * @param windows    consecutive windows the condition had held (for a resolution: 0)
 * @param windowEnd  when that window ended
 */
public record AlertEvent(String id, String rule, State state, Severity severity, String series, double value,
                         String condition, int windows, Instant windowEnd) {

    /** Whether an alert started or stopped. */
    public enum State {
        /** The condition held for the rule's number of windows. */
        FIRING,
        /** The condition no longer holds. */
        RESOLVED
    }

    /** The event as a JSON-ready map (the body of a webhook and of a log line). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("rule", rule);
        m.put("state", state.name().toLowerCase(Locale.ROOT));
        m.put("severity", severity.name().toLowerCase(Locale.ROOT));
        m.put("series", series);
        m.put("value", Double.isFinite(value) ? value : null);
        m.put("condition", condition);
        m.put("windows", windows);
        m.put("window_end", windowEnd.toString());
        return m;
    }
}
