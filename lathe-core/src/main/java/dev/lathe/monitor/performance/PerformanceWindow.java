package dev.lathe.monitor.performance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A classifier's performance on one window of consecutive rows.
 *
 * @param index     the window's number, from 1
 * @param start     its first row (inclusive)
 * @param end       its last row (exclusive)
 * @param labelled  rows whose label had arrived (the realised metrics' rows)
 * @param realised  metrics computed with the labels that arrived (empty when fewer than 2 did): {@code accuracy},
 *                  {@code precision}, {@code recall}, {@code f1}, {@code roc_auc}
 * @param estimated the same metrics estimated without labels by {@link Cbpe}
 */
public record PerformanceWindow(int index, int start, int end, int labelled, Map<String, Double> realised,
                                Map<String, Double> estimated) {

    /** Copies the maps. */
    public PerformanceWindow {
        realised = Collections.unmodifiableMap(new LinkedHashMap<>(realised));
        estimated = Collections.unmodifiableMap(new LinkedHashMap<>(estimated));
    }

    /**
     * Every metric by one name: realised ones as they are ({@code accuracy}), estimated ones prefixed
     * ({@code estimated_accuracy}); the names alert rules use.
     */
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>(realised);
        estimated.forEach((k, v) -> m.put("estimated_" + k, v));
        return m;
    }
}
