package dev.lathe.ops.alert;

import dev.lathe.monitor.ColumnDrift;
import dev.lathe.monitor.DatasetDrift;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metrics rules can name for one drift check: {@code dataset_drift} (1 or 0), {@code drift_share}, and per
 * compared column {@code drift:<column>} (1 or 0), {@code drift_score:<column>} (the method's statistic) and
 * {@code missing_share:<column>} (the current share of missing values).
 */
public final class DriftWindow {

    private DriftWindow() {
    }

    /** The window of {@code drift}, ended at {@code end}. */
    public static WindowMetrics of(DatasetDrift drift, Instant end) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("dataset_drift", drift.datasetDrift() ? 1.0 : 0.0);
        values.put("drift_share", drift.driftShare());
        for (ColumnDrift c : drift.columns()) {
            if (c.failed()) {
                continue;
            }
            values.put("drift:" + c.name(), c.drift() ? 1.0 : 0.0);
            values.put("drift_score:" + c.name(), c.statistic());
            values.put("missing_share:" + c.name(), c.currentMissing());
        }
        return new WindowMetrics(end, values);
    }
}
