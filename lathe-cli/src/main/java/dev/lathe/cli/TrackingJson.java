package dev.lathe.cli;

import dev.lathe.ops.registry.AliasEvent;
import dev.lathe.ops.registry.ModelVersion;
import dev.lathe.ops.tracking.Run;
import java.util.LinkedHashMap;
import java.util.Map;

/** Tracking and registry records as JSON objects with the field names MLflow users know (snake_case). */
final class TrackingJson {

    private TrackingJson() {
    }

    /** A run's attributes. */
    static Map<String, Object> run(Run r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", r.id());
        m.put("experiment_id", r.experimentId());
        m.put("run_name", r.name());
        m.put("status", r.status().name());
        m.put("start_time", r.startTime());
        m.put("end_time", r.endTime());
        m.put("parent_run_id", r.parentRunId());
        m.put("source", r.source());
        m.put("git_commit", r.gitCommit());
        m.put("user", r.user());
        m.put("lifecycle_stage", r.lifecycle().dbValue());
        return m;
    }

    /** A model version. */
    static Map<String, Object> version(ModelVersion v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", v.name());
        m.put("version", v.version());
        m.put("run_id", v.runId());
        m.put("source", v.source());
        m.put("sha256", v.sha256());
        m.put("size_bytes", v.sizeBytes());
        m.put("user", v.user());
        m.put("creation_time", v.creationTime());
        return m;
    }

    /** An alias change. */
    static Map<String, Object> event(AliasEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("alias", e.alias());
        m.put("from_version", e.fromVersion());
        m.put("to_version", e.toVersion());
        m.put("user", e.user());
        m.put("time", e.time());
        return m;
    }
}
