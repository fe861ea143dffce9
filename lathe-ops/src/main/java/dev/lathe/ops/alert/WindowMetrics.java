package dev.lathe.ops.alert;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metrics of one monitoring window, by name: e.g. {@code dataset_drift} (1 or 0), {@code drift_share},
 * {@code drift_score:age}, or Prometheus series such as {@code dataset_drift{model="churn"}}.
 *
 * @param end    when the window ended
 * @param values metric name to value, in insertion order, read-only
 */
public record WindowMetrics(Instant end, Map<String, Double> values) {

    /** Copies the values. */
    public WindowMetrics {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
