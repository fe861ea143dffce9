package dev.lathe.ops.flow;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What varies between runs of the same spec, kept apart from the metrics so that those compare equal: seconds
 * per stage, milliseconds per predicted row, the model file's size.
 */
public final class Timings {

    private final Map<String, Double> stageSeconds = new LinkedHashMap<>();
    private final long start = System.nanoTime();
    private long stageStart = start;
    private String current;
    private double latencyMs = Double.NaN;
    private double modelSizeMb = Double.NaN;

    /** Ends the current stage, if any, and starts {@code stage}. */
    void start(Stage stage) {
        end();
        current = stage.label();
        stageStart = System.nanoTime();
    }

    /** Ends the current stage. */
    void end() {
        if (current != null) {
            stageSeconds.put(current, (System.nanoTime() - stageStart) / 1e9);
            current = null;
        }
    }

    void latency(double ms) {
        latencyMs = ms;
    }

    void modelSize(double mb) {
        modelSizeMb = mb;
    }

    /** Seconds each finished stage took, in order. */
    public Map<String, Double> stageSeconds() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageSeconds));
    }

    /** Seconds since the run started. */
    public double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Milliseconds per row of the chosen model's prediction on the test rows (NaN before it was measured). */
    public double latencyMs() {
        return latencyMs;
    }

    /** The model file's size in megabytes (NaN before it was written). */
    public double modelSizeMb() {
        return modelSizeMb;
    }

    /** The timings as JSON would hold them. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("elapsed_seconds", elapsedSeconds());
        m.put("stage_seconds", new LinkedHashMap<>(stageSeconds));
        m.put("latency_ms_per_row", Double.isNaN(latencyMs) ? null : latencyMs);
        m.put("model_size_mb", Double.isNaN(modelSizeMb) ? null : modelSizeMb);
        return m;
    }
}
