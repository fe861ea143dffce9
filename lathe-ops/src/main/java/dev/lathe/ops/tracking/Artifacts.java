package dev.lathe.ops.tracking;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A run's artifacts: stored under locations the store assigns, listed, read back verified, collected. */
public final class Artifacts {

    private final Database db;
    private final ArtifactRoot root;

    Artifacts(Database db, ArtifactRoot root) {
        this.db = db;
        this.root = root;
    }

    /**
     * Copies a file into the run's artifacts under {@code name}; the store picks the location.
     *
     * @param runId the run (active)
     * @param name the artifact name, relative (e.g. {@code model.lathe}); no {@code ..}, {@code #}, {@code ?}
     * @param source the file to copy
     * @return the stored artifact
     * @throws IllegalArgumentException when the name is unsafe or taken
     */
    public Artifact log(String runId, String name, Path source) {
        ArtifactRoot.checkName(name);
        return db.write("store artifact '" + name + "' of run " + runId, c -> {
            Runs.active(c, runId);
            String relative = runFolder(runId) + "/" + name;
            ArtifactRoot.Stored stored = root.copyIn(relative, source);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO artifacts (run_id, name, path, size_bytes, sha256) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, runId);
                ps.setString(2, name);
                ps.setString(3, relative);
                ps.setLong(4, stored.sizeBytes());
                ps.setString(5, stored.sha256());
                ps.executeUpdate();
            } catch (SQLException | RuntimeException e) {
                Files.deleteIfExists(root.resolve(relative));
                throw e;
            }
            return new Artifact(name, relative, stored.sizeBytes(), stored.sha256());
        });
    }

    /**
     * The run's artifacts by name.
     *
     * @param runId the run
     * @return the artifacts
     */
    public List<Artifact> list(String runId) {
        return db.read("list artifacts of run " + runId, c -> {
            Runs.get(c, runId);
            List<Artifact> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, path, size_bytes, sha256 FROM artifacts WHERE run_id = ? ORDER BY name")) {
                ps.setString(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Artifact(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The file of one artifact, its SHA-256 checked against the recorded one.
     *
     * @param runId the run
     * @param name the artifact name
     * @return the verified file
     * @throws IllegalArgumentException when there is no such artifact
     * @throws TamperedArtifactException when the file changed
     */
    public Path file(String runId, String name) {
        Artifact a = list(runId).stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("run " + runId + " has no artifact '" + name + "'"));
        return db.read("read artifact '" + name + "'", c -> root.verified(a.path(), a.sha256()));
    }

    /**
     * Garbage collection: removes the artifacts of every deleted run (which can then no longer be restored).
     *
     * @return the ids of the runs collected
     */
    public List<String> gc() {
        return db.write("collect deleted runs", c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT run_id FROM runs WHERE lifecycle_stage = ? AND artifacts_purged = 0 ORDER BY run_id")) {
                ps.setString(1, Lifecycle.DELETED.dbValue());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            for (String id : ids) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM artifacts WHERE run_id = ?")) {
                    ps.setString(1, id);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE runs SET artifacts_purged = 1 WHERE run_id = ?")) {
                    ps.setString(1, id);
                    ps.executeUpdate();
                }
            }
            // files go last: if the transaction failed above, nothing is lost
            for (String id : ids) {
                root.deleteTree(runFolder(id));
            }
            return ids;
        });
    }

    private static String runFolder(String runId) {
        return "runs/" + runId;
    }
}
