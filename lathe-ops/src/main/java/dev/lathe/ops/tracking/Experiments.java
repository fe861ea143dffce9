package dev.lathe.ops.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Experiments: create, find, list, soft-delete and restore. */
public final class Experiments {

    private static final String COLUMNS = "experiment_id, name, lifecycle_stage, creation_time";

    private final Database db;

    Experiments(Database db) {
        this.db = db;
    }

    /**
     * The experiment called {@code name}, created when it does not exist.
     *
     * @param name the name (non-blank)
     * @return the experiment
     * @throws IllegalArgumentException when the name is blank or the experiment is deleted
     */
    public Experiment getOrCreate(String name) {
        return db.write("create experiment '" + name + "'", c -> getOrCreate(c, name));
    }

    /** Inside a transaction: the experiment called {@code name}, created when missing. */
    static Experiment getOrCreate(Connection c, String name) throws SQLException {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("experiment name is empty");
        }
        Optional<Experiment> found = byName(c, name);
        if (found.isPresent()) {
            if (found.get().lifecycle() == Lifecycle.DELETED) {
                throw new IllegalArgumentException("experiment '" + name + "' is deleted; restore it first");
            }
            return found.get();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO experiments (name, lifecycle_stage, creation_time) VALUES (?, ?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, Lifecycle.ACTIVE.dbValue());
            ps.setLong(3, System.currentTimeMillis());
            ps.executeUpdate();
        }
        return byName(c, name).orElseThrow();
    }

    /**
     * The experiment called {@code name}, active or deleted.
     *
     * @param name the name
     * @return the experiment, or empty
     */
    public Optional<Experiment> find(String name) {
        return db.read("find experiment '" + name + "'", c -> byName(c, name));
    }

    /**
     * Experiments in a lifecycle stage, by id.
     *
     * @param lifecycle the stage to list, or null for all
     * @return the experiments
     */
    public List<Experiment> list(Lifecycle lifecycle) {
        return db.read("list experiments", c -> {
            String sql = "SELECT " + COLUMNS + " FROM experiments"
                    + (lifecycle == null ? "" : " WHERE lifecycle_stage = ?") + " ORDER BY experiment_id";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (lifecycle != null) {
                    ps.setString(1, lifecycle.dbValue());
                }
                return read(ps);
            }
        });
    }

    /**
     * Soft-deletes an experiment and its active runs (restorable until garbage collection).
     *
     * @param name the experiment
     * @throws IllegalArgumentException when there is no such experiment or it is {@code Default}
     */
    public void delete(String name) {
        setLifecycle(name, Lifecycle.DELETED);
    }

    /**
     * Restores a deleted experiment and the runs deleted with it.
     *
     * @param name the experiment
     * @throws IllegalArgumentException when there is no such experiment
     */
    public void restore(String name) {
        setLifecycle(name, Lifecycle.ACTIVE);
    }

    private void setLifecycle(String name, Lifecycle to) {
        db.write(to == Lifecycle.DELETED ? "delete experiment" : "restore experiment", c -> {
            Experiment e = byName(c, name).orElseThrow(() ->
                    new IllegalArgumentException("no experiment named '" + name + "'"));
            if (e.id() == 0 && to == Lifecycle.DELETED) {
                throw new IllegalArgumentException("the Default experiment cannot be deleted");
            }
            Long deletedAt = deletedTime(c, e.id());
            Long when = to == Lifecycle.DELETED ? Long.valueOf(System.currentTimeMillis()) : null;
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE experiments SET lifecycle_stage = ?, deleted_time = ? WHERE experiment_id = ?")) {
                ps.setString(1, to.dbValue());
                Jdbc.setLong(ps, 2, when);
                ps.setLong(3, e.id());
                ps.executeUpdate();
            }
            // deleting marks the active runs with the experiment's deletion time; restoring brings back only
            // those runs, not the ones deleted on their own before
            String match = to == Lifecycle.DELETED ? "lifecycle_stage = 'active'"
                    : "lifecycle_stage = 'deleted' AND deleted_time = ?";
            try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET lifecycle_stage = ?, deleted_time = ? "
                    + "WHERE experiment_id = ? AND " + match)) {
                ps.setString(1, to.dbValue());
                Jdbc.setLong(ps, 2, when);
                ps.setLong(3, e.id());
                if (to == Lifecycle.ACTIVE) {
                    Jdbc.setLong(ps, 4, deletedAt);
                }
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static Long deletedTime(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT deleted_time FROM experiments WHERE experiment_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Jdbc.getLong(rs, "deleted_time");
            }
        }
    }

    private static Optional<Experiment> byName(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM experiments WHERE name = ?")) {
            ps.setString(1, name);
            return read(ps).stream().findFirst();
        }
    }

    private static List<Experiment> read(PreparedStatement ps) throws SQLException {
        List<Experiment> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Experiment(rs.getLong(1), rs.getString(2), Lifecycle.fromDb(rs.getString(3)),
                        rs.getLong(4)));
            }
        }
        return out;
    }
}
