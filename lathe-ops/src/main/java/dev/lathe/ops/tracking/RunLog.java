package dev.lathe.ops.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What is logged to a run: write-once parameters, metric history with latest values, tags. */
public final class RunLog {

    /** Run ids per query of {@link #latestMetrics}. */
    private static final int ID_BATCH = 500;


    private static final int MAX_KEY = 250;
    private static final int MAX_VALUE = 6000;

    private final Database db;

    RunLog(Database db) {
        this.db = db;
    }

    /**
     * Logs parameters, all or none. A parameter is written once: logging the same value again is fine, a
     * different value is an error.
     *
     * @param runId the run (active)
     * @param params names and values
     * @throws IllegalArgumentException when a value differs from the one logged before, or a key or value is
     *     empty or too long
     */
    public void logParams(String runId, Map<String, String> params) {
        db.write("log parameters to run " + runId, c -> {
            Runs.active(c, runId);
            for (Map.Entry<String, String> p : params.entrySet()) {
                logParam(c, runId, checkKey(p.getKey()), checkValue(p.getKey(), p.getValue()));
            }
            return null;
        });
    }

    private static void logParam(Connection c, String runId, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM params WHERE run_id = ? AND key = ?")) {
            ps.setString(1, runId);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    if (!rs.getString(1).equals(value)) {
                        throw new IllegalArgumentException("parameter '" + key + "' of run " + runId + " is already '"
                                + rs.getString(1) + "'; parameters are written once, cannot set '" + value + "'");
                    }
                    return;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO params (run_id, key, value) VALUES (?, ?, ?)")) {
            ps.setString(1, runId);
            ps.setString(2, key);
            ps.setString(3, value);
            ps.executeUpdate();
        }
    }

    /**
     * Logs metric values, all or none: each is appended to the history and becomes the latest value when its
     * step is higher (or equal with a later or equal timestamp) than the latest one.
     *
     * @param runId the run (active)
     * @param metrics the values
     * @throws IllegalArgumentException when a key is empty or too long
     */
    public void logMetrics(String runId, List<Metric> metrics) {
        metrics.forEach(m -> checkKey(m.key()));
        db.write("log metrics to run " + runId, c -> {
            Runs.active(c, runId);
            try (PreparedStatement history = c.prepareStatement(
                    "INSERT INTO metrics (run_id, key, value, step, timestamp) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement latest = c.prepareStatement("INSERT INTO latest_metrics (run_id, key, value, step, "
                         + "timestamp) VALUES (?, ?, ?, ?, ?) ON CONFLICT (run_id, key) DO UPDATE SET "
                         + "value = excluded.value, step = excluded.step, timestamp = excluded.timestamp "
                         + "WHERE excluded.step > latest_metrics.step OR (excluded.step = latest_metrics.step "
                         + "AND excluded.timestamp >= latest_metrics.timestamp)")) {
                for (Metric m : metrics) {
                    bind(history, runId, m);
                    history.addBatch();
                    bind(latest, runId, m);
                    latest.addBatch();
                }
                history.executeBatch();
                latest.executeBatch();
            }
            return null;
        });
    }

    /**
     * Logs one metric value at step 0 and the current time.
     *
     * @param runId the run
     * @param key the metric name
     * @param value the value (NaN allowed)
     */
    public void logMetric(String runId, String key, double value) {
        logMetrics(runId, List.of(new Metric(key, value, 0, System.currentTimeMillis())));
    }

    private static void bind(PreparedStatement ps, String runId, Metric m) throws SQLException {
        ps.setString(1, runId);
        ps.setString(2, m.key());
        Jdbc.setDouble(ps, 3, m.value());
        ps.setLong(4, m.step());
        ps.setLong(5, m.timestamp());
    }

    /**
     * Sets tags; a tag's value may change.
     *
     * @param runId the run (active)
     * @param tags names and values
     */
    public void setTags(String runId, Map<String, String> tags) {
        db.write("set tags of run " + runId, c -> {
            Runs.active(c, runId);
            for (Map.Entry<String, String> t : tags.entrySet()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO tags (run_id, key, value) VALUES (?, ?, ?) "
                        + "ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value")) {
                    ps.setString(1, runId);
                    ps.setString(2, checkKey(t.getKey()));
                    ps.setString(3, checkValue(t.getKey(), t.getValue()));
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * Everything logged to a run: parameters, latest metrics and tags, each sorted by name.
     *
     * @param runId the run
     * @return the data
     */
    public RunData data(String runId) {
        return db.read("read run " + runId, c -> {
            Runs.get(c, runId);
            Map<String, String> params = pairs(c, "params", runId);
            Map<String, String> tags = pairs(c, "tags", runId);
            Map<String, Metric> metrics = new LinkedHashMap<>();
            for (Metric m : metrics(c, "SELECT key, value, step, timestamp FROM latest_metrics WHERE run_id = ? "
                    + "ORDER BY key", runId, null)) {
                metrics.put(m.key(), m);
            }
            return new RunData(params, metrics, tags);
        });
    }

    /**
     * The latest metrics of many runs at once (a listing's metric columns): one read, the ids queried in
     * batches of {@value #ID_BATCH}, instead of one {@link #data} call per run.
     *
     * @param runIds the runs
     * @return run id to its latest metrics by name (runs without metrics map to an empty map)
     */
    public Map<String, Map<String, Metric>> latestMetrics(List<String> runIds) {
        return db.read("read latest metrics of " + runIds.size() + " runs", c -> {
            Map<String, Map<String, Metric>> out = new LinkedHashMap<>();
            runIds.forEach(id -> out.put(id, new LinkedHashMap<>()));
            for (int from = 0; from < runIds.size(); from += ID_BATCH) {
                List<String> batch = runIds.subList(from, Math.min(runIds.size(), from + ID_BATCH));
                String marks = String.join(", ", java.util.Collections.nCopies(batch.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement("SELECT run_id, key, value, step, timestamp FROM "
                        + "latest_metrics WHERE run_id IN (" + marks + ") ORDER BY run_id, key")) {
                    for (int i = 0; i < batch.size(); i++) {
                        ps.setString(i + 1, batch.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Metric m = new Metric(rs.getString("key"), Jdbc.getDouble(rs, "value"), rs.getLong("step"),
                                    rs.getLong("timestamp"));
                            out.get(rs.getString("run_id")).put(m.key(), m);
                        }
                    }
                }
            }
            return out;
        });
    }

    /**
     * Every logged value of one metric, by step then time.
     *
     * @param runId the run
     * @param key the metric
     * @return the history (empty when never logged)
     */
    public List<Metric> history(String runId, String key) {
        return db.read("read metric history", c -> metrics(c, "SELECT key, value, step, timestamp FROM metrics "
                + "WHERE run_id = ? AND key = ? ORDER BY step, timestamp", runId, key));
    }

    private static List<Metric> metrics(Connection c, String sql, String runId, String key) throws SQLException {
        List<Metric> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, runId);
            if (key != null) {
                ps.setString(2, key);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Metric(rs.getString("key"), Jdbc.getDouble(rs, "value"), rs.getLong("step"),
                            rs.getLong("timestamp")));
                }
            }
        }
        return out;
    }

    private static Map<String, String> pairs(Connection c, String table, String runId) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM " + table
                + " WHERE run_id = ? ORDER BY key")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    private static String checkKey(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("key '" + key + "' must be 1 to " + MAX_KEY + " characters");
        }
        return key;
    }

    private static String checkValue(String key, String value) {
        if (value == null || value.length() > MAX_VALUE) {
            throw new IllegalArgumentException("value of '" + key + "' must be present and at most " + MAX_VALUE
                    + " characters");
        }
        return value;
    }
}
