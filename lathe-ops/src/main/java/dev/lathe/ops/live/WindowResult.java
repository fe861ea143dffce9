package dev.lathe.ops.live;

import dev.lathe.monitor.ColumnDrift;
import dev.lathe.monitor.DatasetDrift;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The drift of one window of a model's traffic against its reference profile.
 *
 * @param model       the model's name on the server
 * @param start       arrival time of the window's first row
 * @param end         when the window closed
 * @param rows        rows in the window
 * @param features    drift of the input columns
 * @param predictions drift of the model's outputs ({@code prediction}, {@code p_CLASS}) against its outputs on the
 *                    training rows
 */
public record WindowResult(String model, Instant start, Instant end, int rows, DatasetDrift features,
                           DatasetDrift predictions) {

    /**
     * The window as metric name -> value, for alert rules: {@code rows}, {@code dataset_drift} (1 or 0),
     * {@code drift_share}, {@code feature_drift_score:<column>} (for every compared input column),
     * {@code prediction_drift} (1 or 0) and {@code prediction_drift_score:<column>}. A score is the p-value for a
     * test (KS, chi-square, Z: drift when low) and the distance for a distance (Wasserstein, Jensen-Shannon: drift
     * when high), as Evidently reports it; {@link #end()} is the window's time.
     */
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("rows", (double) rows);
        m.put("dataset_drift", features.datasetDrift() ? 1.0 : 0.0);
        m.put("drift_share", features.driftShare());
        scores(m, "feature_drift_score:", features);
        m.put("prediction_drift", predictions.datasetDrift() ? 1.0 : 0.0);
        scores(m, "prediction_drift_score:", predictions);
        return m;
    }

    private static void scores(Map<String, Double> m, String prefix, DatasetDrift drift) {
        for (ColumnDrift c : drift.columns()) {
            if (!c.failed()) {
                m.put(prefix + c.name(), score(c));
            }
        }
    }

    /** Evidently's drift score: the p-value of a test, the value of a distance. */
    public static double score(ColumnDrift c) {
        return c.method().isTest() ? c.pValue() : c.statistic();
    }
}
