package dev.lathe.ops.registry;

import dev.lathe.ops.tracking.ArtifactRoot;
import dev.lathe.ops.tracking.Database;
import dev.lathe.ops.tracking.TrackingStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The model registry: registered models with immutable numbered versions (each a copy of the model file in
 * the artifact root, its SHA-256 checked on every load), aliases moved atomically with an audit event for
 * every change, and resolution of {@link ModelUri}s to a verified local file.
 *
 * <pre>{@code
 * ModelRegistry registry = new ModelRegistry(store);
 * ModelVersion v = registry.register("churn", Path.of("model.lathe"), runId);
 * registry.setAlias("churn", "champion", v.version());
 * Path file = registry.resolve("models:/churn@champion");
 * }</pre>
 */
public final class ModelRegistry {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");
    private static final Pattern RESERVED_ALIAS = Pattern.compile("(?i)latest|v\\d+");
    private static final String VERSION_COLUMNS =
            "name, version, path, size_bytes, sha256, run_id, source, user_name, creation_time";

    private final TrackingStore store;
    private final Database db;
    private final ArtifactRoot root;

    /**
     * @param store the store whose database and artifact root the registry shares
     */
    public ModelRegistry(TrackingStore store) {
        this.store = store;
        this.db = store.database();
        this.root = store.artifactRoot();
    }

    /**
     * Registers a model file as the next version of {@code name} (created when new).
     *
     * @param name the registered model's name: letters, digits, {@code _ . -}, up to 128
     * @param file the model file; copied into the store
     * @param runId the run that made it, or null
     * @return the new version
     * @throws IllegalArgumentException for a bad name, a missing run
     */
    public ModelVersion register(String name, Path file, String runId) {
        return register(name, file, runId, file.toAbsolutePath().normalize().toString());
    }

    /**
     * Registers a run's artifact (verified first) as the next version of {@code name}.
     *
     * @param name the registered model
     * @param runId the run
     * @param artifact the artifact's name in the run, e.g. {@code model.lathe}
     * @return the new version
     */
    public ModelVersion registerFromRun(String name, String runId, String artifact) {
        return register(name, store.artifacts().file(runId, artifact), runId, "runs:/" + runId + "/" + artifact);
    }

    private ModelVersion register(String name, Path file, String runId, String source) {
        checkName(name);
        if (runId != null) {
            store.runs().get(runId);
        }
        String fileName = ArtifactRoot.checkName(file.getFileName().toString());
        return db.write("register a version of model '" + name + "'", c -> {
            long now = System.currentTimeMillis();
            if (model(c, name).isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO registered_models (name, creation_time, last_version) VALUES (?, ?, 0)")) {
                    ps.setString(1, name);
                    ps.setLong(2, now);
                    ps.executeUpdate();
                }
            }
            // the increment takes the row's write lock first, so concurrent registrations get distinct numbers
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE registered_models SET last_version = last_version + 1 WHERE name = ?")) {
                ps.setString(1, name);
                ps.executeUpdate();
            }
            int version = model(c, name).orElseThrow().latestVersion();
            String relative = "models/" + name + "/" + version + "/" + fileName;
            // version N is not committed and we hold the model's row lock, so a file already there was left by a
            // registration killed between its copy and its commit: it belongs to no version
            Files.deleteIfExists(root.resolve(relative));
            ArtifactRoot.Stored stored = root.copyIn(relative, file);
            ModelVersion v = new ModelVersion(name, version, relative, stored.sizeBytes(), stored.sha256(), runId,
                    source, store.user(), now);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO model_versions (" + VERSION_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, name);
                ps.setInt(2, version);
                ps.setString(3, relative);
                ps.setLong(4, v.sizeBytes());
                ps.setString(5, v.sha256());
                ps.setString(6, runId);
                ps.setString(7, source);
                ps.setString(8, v.user());
                ps.setLong(9, now);
                ps.executeUpdate();
            } catch (SQLException | RuntimeException e) {
                Files.deleteIfExists(root.resolve(relative));
                throw e;
            }
            return v;
        });
    }

    /** Every registered model, by name. */
    public List<RegisteredModel> list() {
        return db.read("list registered models", c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM registered_models ORDER BY name");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            List<RegisteredModel> out = new ArrayList<>();
            for (String n : names) {
                out.add(model(c, n).orElseThrow());
            }
            return out;
        });
    }

    /**
     * A registered model with its aliases.
     *
     * @param name the name
     * @return the model
     * @throws IllegalArgumentException when there is no such model
     */
    public RegisteredModel get(String name) {
        return db.read("read model '" + name + "'", c -> existing(c, name));
    }

    /**
     * The versions of a model, oldest first.
     *
     * @param name the model
     * @return the versions
     */
    public List<ModelVersion> versions(String name) {
        return db.read("list versions of model '" + name + "'", c -> {
            existing(c, name);
            try (PreparedStatement ps = c.prepareStatement("SELECT " + VERSION_COLUMNS
                    + " FROM model_versions WHERE name = ? ORDER BY version")) {
                ps.setString(1, name);
                return versions(ps);
            }
        });
    }

    /**
     * One version of a model.
     *
     * @param name the model
     * @param version the version number
     * @return the version
     * @throws IllegalArgumentException when it does not exist
     */
    public ModelVersion version(String name, int version) {
        return db.read("read model version", c -> version(c, name, version));
    }

    /**
     * Points {@code alias} at {@code version} (moving it if it pointed elsewhere), atomically, recording the
     * change.
     *
     * @param name the model
     * @param alias the alias, e.g. {@code champion}; not {@code latest} nor {@code v} followed by digits
     * @param version the version it is to point to
     * @return the recorded change, or null when the alias already pointed there
     */
    public AliasEvent setAlias(String name, String alias, int version) {
        checkAlias(alias);
        return db.write("set alias '" + alias + "' of model '" + name + "'", c -> {
            version(c, name, version);
            Integer from = existing(c, name).aliases().get(alias);
            if (from != null && from == version) {
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO model_aliases (name, alias, version) "
                    + "VALUES (?, ?, ?) ON CONFLICT (name, alias) DO UPDATE SET version = excluded.version")) {
                ps.setString(1, name);
                ps.setString(2, alias);
                ps.setInt(3, version);
                ps.executeUpdate();
            }
            return record(c, name, alias, from, version);
        });
    }

    /**
     * Removes an alias, recording the change.
     *
     * @param name the model
     * @param alias the alias
     * @return the recorded change
     * @throws IllegalArgumentException when the alias does not exist
     */
    public AliasEvent deleteAlias(String name, String alias) {
        return db.write("delete alias '" + alias + "' of model '" + name + "'", c -> {
            Integer from = existing(c, name).aliases().get(alias);
            if (from == null) {
                throw new IllegalArgumentException("model '" + name + "' has no alias '" + alias + "'");
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM model_aliases WHERE name = ? AND alias = ?")) {
                ps.setString(1, name);
                ps.setString(2, alias);
                ps.executeUpdate();
            }
            return record(c, name, alias, from, null);
        });
    }

    /**
     * Every alias change of a model, oldest first.
     *
     * @param name the model
     * @return the audit trail
     */
    public List<AliasEvent> history(String name) {
        return db.read("read alias history of model '" + name + "'", c -> {
            existing(c, name);
            List<AliasEvent> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT alias, from_version, to_version, user_name, "
                    + "event_time FROM alias_events WHERE name = ? ORDER BY event_id")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AliasEvent(name, rs.getString(1), getInt(rs, 2),
                                getInt(rs, 3), rs.getString(4), rs.getLong(5)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The version a model URI names (an alias as it points now).
     *
     * @param uri {@code models:/NAME/VERSION} or {@code models:/NAME@ALIAS}
     * @return the version
     * @throws IllegalArgumentException when the URI is malformed or names nothing
     */
    public ModelVersion lookup(String uri) {
        ModelUri u = ModelUri.parse(uri);
        if (u.version() != null) {
            return version(u.name(), u.version());
        }
        Integer v = get(u.name()).aliases().get(u.alias());
        if (v == null) {
            throw new IllegalArgumentException("model '" + u.name() + "' has no alias '" + u.alias() + "'");
        }
        return version(u.name(), v);
    }

    /**
     * The local model file a URI names, after checking its SHA-256 against the one recorded at registration.
     *
     * @param uri {@code models:/NAME/VERSION} or {@code models:/NAME@ALIAS}
     * @return the verified file
     * @throws dev.lathe.ops.tracking.TamperedArtifactException when the file was changed
     */
    public Path resolve(String uri) {
        ModelVersion v = lookup(uri);
        return db.read("read model " + uri, c -> root.verified(v.path(), v.sha256()));
    }

    private AliasEvent record(Connection c, String name, String alias, Integer from, Integer to) throws SQLException {
        AliasEvent e = new AliasEvent(name, alias, from, to, store.user(), System.currentTimeMillis());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO alias_events (name, alias, from_version, "
                + "to_version, user_name, event_time) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, alias);
            setInt(ps, 3, from);
            setInt(ps, 4, to);
            ps.setString(5, e.user());
            ps.setLong(6, e.time());
            ps.executeUpdate();
        }
        return e;
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static Integer getInt(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static RegisteredModel existing(Connection c, String name) throws SQLException {
        return model(c, name).orElseThrow(() -> new IllegalArgumentException("no registered model named '" + name
                + "'"));
    }

    private static Optional<RegisteredModel> model(Connection c, String name) throws SQLException {
        long created;
        int latest;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT creation_time, last_version FROM registered_models WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                created = rs.getLong(1);
                latest = rs.getInt(2);
            }
        }
        Map<String, Integer> aliases = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT alias, version FROM model_aliases WHERE name = ? ORDER BY alias")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    aliases.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return Optional.of(new RegisteredModel(name, created, latest, aliases));
    }

    private static ModelVersion version(Connection c, String name, int version) throws SQLException {
        existing(c, name);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + VERSION_COLUMNS
                + " FROM model_versions WHERE name = ? AND version = ?")) {
            ps.setString(1, name);
            ps.setInt(2, version);
            return versions(ps).stream().findFirst().orElseThrow(() -> new IllegalArgumentException(
                    "model '" + name + "' has no version " + version));
        }
    }

    private static List<ModelVersion> versions(PreparedStatement ps) throws SQLException {
        List<ModelVersion> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ModelVersion(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9)));
            }
        }
        return out;
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid model name '" + name + "': use letters, digits, '_', '.' "
                    + "and '-' (up to 128, starting with a letter or digit)");
        }
    }

    private static void checkAlias(String alias) {
        if (alias == null || !NAME.matcher(alias).matches() || RESERVED_ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("invalid alias '" + alias + "': use letters, digits, '_', '.' and "
                    + "'-'; 'latest' and 'v' followed by digits are reserved");
        }
    }
}
