package dev.lathe.ops.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Runs: start, end, find, soft-delete and restore. */
public final class Runs {

    /** The columns {@link #read(ResultSet)} expects, for queries over {@code runs r}. */
    static final String COLUMNS = "r.run_id, r.experiment_id, r.name, r.status, r.start_time, r.end_time, "
            + "r.parent_run_id, r.source, r.git_commit, r.user_name, r.lifecycle_stage";

    private final Database db;
    private final String user;

    Runs(Database db, String user) {
        this.db = db;
        this.user = user;
    }

    /**
     * Starts a run ({@link RunStatus#RUNNING}).
     *
     * @param spec experiment, name, parent, source and commit; null fields take defaults
     * @return the new run
     * @throws IllegalArgumentException when the parent run does not exist or the experiment is deleted
     */
    public Run start(RunSpec spec) {
        String id = UUID.randomUUID().toString().replace("-", "");
        return db.write("start a run", c -> {
            Experiment e = Experiments.getOrCreate(c, spec.experiment() == null ? "Default" : spec.experiment());
            if (spec.parentRunId() != null) {
                get(c, spec.parentRunId());
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO runs (run_id, experiment_id, name, status, "
                    + "start_time, parent_run_id, source, git_commit, user_name, lifecycle_stage, artifacts_purged) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                ps.setString(1, id);
                ps.setLong(2, e.id());
                ps.setString(3, spec.name() == null || spec.name().isBlank() ? "run-" + id.substring(0, 8)
                        : spec.name());
                ps.setString(4, RunStatus.RUNNING.name());
                ps.setLong(5, System.currentTimeMillis());
                ps.setString(6, spec.parentRunId());
                ps.setString(7, spec.source());
                ps.setString(8, spec.gitCommit());
                ps.setString(9, user);
                ps.setString(10, Lifecycle.ACTIVE.dbValue());
                ps.executeUpdate();
            }
            return get(c, id);
        });
    }

    /**
     * Ends a run with a final status and records the end time.
     *
     * @param runId the run
     * @param status FINISHED, FAILED or KILLED
     * @return the ended run
     * @throws IllegalArgumentException when the run does not exist or the status is RUNNING
     */
    public Run end(String runId, RunStatus status) {
        if (status == RunStatus.RUNNING) {
            throw new IllegalArgumentException("a run ends FINISHED, FAILED or KILLED, not RUNNING");
        }
        return db.write("end run " + runId, c -> {
            get(c, runId);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE runs SET status = ?, end_time = ? WHERE run_id = ?")) {
                ps.setString(1, status.name());
                ps.setLong(2, System.currentTimeMillis());
                ps.setString(3, runId);
                ps.executeUpdate();
            }
            return get(c, runId);
        });
    }

    /**
     * A run by id, active or deleted.
     *
     * @param runId the id
     * @return the run
     * @throws IllegalArgumentException when there is no such run
     */
    public Run get(String runId) {
        return db.read("read run " + runId, c -> get(c, runId));
    }

    /**
     * Soft-deletes a run: hidden from listings, restorable until {@link Artifacts#gc()} removes its artifacts.
     *
     * @param runId the run
     * @throws IllegalArgumentException when there is no such run
     */
    public void delete(String runId) {
        setLifecycle(runId, Lifecycle.DELETED);
    }

    /**
     * Restores a soft-deleted run.
     *
     * @param runId the run
     * @throws IllegalArgumentException when there is no such run, its artifacts were already
     *     garbage-collected, or its experiment is deleted
     */
    public void restore(String runId) {
        setLifecycle(runId, Lifecycle.ACTIVE);
    }

    private void setLifecycle(String runId, Lifecycle to) {
        db.write((to == Lifecycle.DELETED ? "delete" : "restore") + " run " + runId, c -> {
            get(c, runId);
            if (to == Lifecycle.ACTIVE) {
                try (PreparedStatement ps = c.prepareStatement("SELECT r.artifacts_purged, e.lifecycle_stage "
                        + "FROM runs r JOIN experiments e ON e.experiment_id = r.experiment_id WHERE r.run_id = ?")) {
                    ps.setString(1, runId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) != 0) {
                            throw new IllegalArgumentException("run " + runId + " was garbage-collected; it cannot "
                                    + "be restored");
                        }
                        if (Lifecycle.fromDb(rs.getString(2)) == Lifecycle.DELETED) {
                            throw new IllegalArgumentException("the experiment of run " + runId
                                    + " is deleted; restore the experiment");
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE runs SET lifecycle_stage = ?, deleted_time = ? WHERE run_id = ?")) {
                ps.setString(1, to.dbValue());
                Jdbc.setLong(ps, 2, to == Lifecycle.DELETED ? Long.valueOf(System.currentTimeMillis()) : null);
                ps.setString(3, runId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Inside a transaction: the run, or an error naming the missing id. */
    static Run get(Connection c, String runId) throws SQLException {
        return find(c, runId).orElseThrow(() -> new IllegalArgumentException("no run with id '" + runId + "'"));
    }

    /** Inside a transaction: the run if it exists. */
    static Optional<Run> find(Connection c, String runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM runs r WHERE r.run_id = ?")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Inside a transaction: the active run, refusing a deleted or missing one (for logging to it). */
    static Run active(Connection c, String runId) throws SQLException {
        Run run = get(c, runId);
        if (run.lifecycle() == Lifecycle.DELETED) {
            throw new IllegalArgumentException("run " + runId + " is deleted; restore it before logging to it");
        }
        return run;
    }

    /** The run at the result set's current row (columns as {@link #COLUMNS}). */
    static Run read(ResultSet rs) throws SQLException {
        return new Run(rs.getString("run_id"), rs.getLong("experiment_id"), rs.getString("name"),
                RunStatus.valueOf(rs.getString("status")), rs.getLong("start_time"), Jdbc.getLong(rs, "end_time"),
                rs.getString("parent_run_id"), rs.getString("source"), rs.getString("git_commit"),
                rs.getString("user_name"), Lifecycle.fromDb(rs.getString("lifecycle_stage")));
    }

    /** All rows of a query over {@code runs r} selecting {@link #COLUMNS}. */
    static List<Run> readAll(PreparedStatement ps) throws SQLException {
        List<Run> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }
}
