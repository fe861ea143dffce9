package dev.lathe.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.frame.Fingerprint;
import dev.lathe.frame.Frame;
import dev.lathe.param.HasParams;
import dev.lathe.param.RecordParams;
import dev.lathe.stats.ColumnSummary;
import dev.lathe.stats.Describe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a fitted pipeline came from: its specification (steps and estimator with their hyperparameters),
 * a fingerprint and size of the training data, reference statistics of every training column (for drift
 * monitoring) and training metrics. Written to the model file's manifest and kept through save and load.
 */
public record Provenance(Map<String, Object> spec, String dataFingerprint, int trainingRows,
                         List<Map<String, Object>> referenceStatistics, Map<String, Object> metrics) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values are normalised to what JSON gives back, so that a saved and loaded provenance is equal. */
    @SuppressWarnings("unchecked")
    public Provenance {
        spec = throughJson(spec, Map.class);
        referenceStatistics = throughJson(referenceStatistics, List.class);
        metrics = throughJson(metrics, Map.class);
    }

    private static <T> T throughJson(Object value, Class<T> type) {
        try {
            return JSON.readValue(JSON.writeValueAsBytes(value), type);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("provenance value is not JSON-able: " + e.getMessage(), e);
        }
    }

    /** The provenance of {@code pipeline} fitted on {@code data} (features and target). */
    static Provenance of(Pipeline pipeline, Frame data) {
        List<Map<String, Object>> stats = new ArrayList<>();
        for (ColumnSummary s : Describe.of(data)) {
            stats.add(s.toMap());
        }
        return new Provenance(specOf(pipeline), Fingerprint.of(data), data.rowCount(), stats, Map.of());
    }

    /** The specification of {@code pipeline} (steps and estimator with their hyperparameters), as JSON gives it back. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> specOf(Pipeline pipeline) {
        Map<String, Object> spec = new LinkedHashMap<>();
        List<Map<String, Object>> steps = new ArrayList<>();
        pipeline.steps().forEach(s -> steps.add(describe(s)));
        spec.put("steps", steps);
        spec.put("estimator", describe(pipeline.estimator()));
        return throughJson(spec, Map.class);
    }

    /** The same provenance with training metrics (metric name to value). */
    public Provenance withMetrics(Map<String, ?> newMetrics) {
        return new Provenance(spec, dataFingerprint, trainingRows, referenceStatistics, Map.copyOf(newMetrics));
    }

    /** As a JSON-able map, the manifest's form. */
    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("spec", spec);
        m.put("data_fingerprint", dataFingerprint);
        m.put("training_rows", trainingRows);
        m.put("reference_statistics", referenceStatistics);
        m.put("metrics", metrics);
        return m;
    }

    @SuppressWarnings("unchecked")
    static Provenance fromMap(Map<String, Object> m) {
        return new Provenance((Map<String, Object>) m.get("spec"), (String) m.get("data_fingerprint"),
                ((Number) m.get("training_rows")).intValue(),
                (List<Map<String, Object>>) m.get("reference_statistics"), (Map<String, Object>) m.get("metrics"));
    }

    private static Map<String, Object> describe(HasParams step) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", RecordParams.snake(step.getClass().getSimpleName()));
        Map<String, Object> params = new LinkedHashMap<>();
        step.params().forEach((k, v) -> params.put(k, RecordParams.jsonValue(v)));
        m.put("params", params);
        return m;
    }

}
