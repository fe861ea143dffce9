package dev.lathe.ops.tracking;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a store keeps its database and its artifacts.
 *
 * <p>The store is named by {@code --store}, else by the environment variable {@code LATHE_STORE}, else it is
 * the folder {@code .lathe} under the working directory. A name is either a folder (an SQLite database
 * {@code lathe.db} and an {@code artifacts} folder inside it), {@code jdbc:sqlite:FILE} (artifacts in the
 * folder {@code artifacts} beside the file) or {@code jdbc:postgresql://HOST[:PORT]/DB?user=...} (artifacts in
 * {@code LATHE_ARTIFACTS}, else in {@code .lathe/artifacts} under the working directory).
 * {@code LATHE_ARTIFACTS}, when set, names the artifact root for every form.
 *
 * @param jdbcUrl the database's JDBC URL
 * @param artifactRoot the folder under which the store assigns every artifact's location
 */
public record StoreLocation(String jdbcUrl, Path artifactRoot) {

    /** Environment variable naming the store when {@code --store} is not given. */
    public static final String STORE_ENV = "LATHE_STORE";
    /** Environment variable naming the artifact root. */
    public static final String ARTIFACTS_ENV = "LATHE_ARTIFACTS";
    /** The default store folder under the working directory. */
    public static final String DEFAULT_FOLDER = ".lathe";

    /**
     * Resolves a store name.
     *
     * @param store the {@code --store} value, or null when not given
     * @param env the environment (for {@code LATHE_STORE} and {@code LATHE_ARTIFACTS})
     * @param workingDir the folder relative names are resolved against
     * @return the location
     */
    public static StoreLocation resolve(String store, Map<String, String> env, Path workingDir) {
        String name = store != null ? store : env.get(STORE_ENV);
        Path defaultFolder = workingDir.resolve(DEFAULT_FOLDER).toAbsolutePath().normalize();
        String artifactsEnv = env.get(ARTIFACTS_ENV);
        Path artifacts = artifactsEnv == null || artifactsEnv.isBlank() ? null
                : workingDir.resolve(artifactsEnv).toAbsolutePath().normalize();
        if (name == null || name.isBlank()) {
            return folder(defaultFolder, artifacts);
        }
        if (!name.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return folder(workingDir.resolve(name).toAbsolutePath().normalize(), artifacts);
        }
        if (Dialect.of(name) == Dialect.SQLITE) {
            Path file = workingDir.resolve(name.substring("jdbc:sqlite:".length())).toAbsolutePath().normalize();
            return new StoreLocation("jdbc:sqlite:" + file, artifacts != null ? artifacts
                    : file.resolveSibling("artifacts"));
        }
        return new StoreLocation(name, artifacts != null ? artifacts : defaultFolder.resolve("artifacts"));
    }

    /** Resolves a store name against the process environment and working directory. */
    public static StoreLocation resolve(String store) {
        return resolve(store, System.getenv(), Path.of(""));
    }

    private static StoreLocation folder(Path dir, Path artifacts) {
        return new StoreLocation("jdbc:sqlite:" + dir.resolve("lathe.db"),
                artifacts != null ? artifacts : dir.resolve("artifacts"));
    }

    /** The database file of an SQLite store, or null for a server. */
    public Path sqliteFile() {
        return Dialect.of(jdbcUrl) == Dialect.SQLITE ? Path.of(jdbcUrl.substring("jdbc:sqlite:".length())) : null;
    }
}
