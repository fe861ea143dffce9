package dev.lathe.ops.tracking;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The tracking store: experiments, runs, what is logged to them, their artifacts and search, over one database
 * and one artifact root.
 *
 * <pre>{@code
 * TrackingStore store = TrackingStore.open(StoreLocation.resolve(null)); // .lathe/ or LATHE_STORE
 * Run run = store.runs().start(RunSpec.in("churn").named("gbm-depth-8"));
 * store.log().logParams(run.id(), Map.of("max_depth", "8"));
 * store.log().logMetric(run.id(), "roc_auc", 0.91);
 * store.artifacts().log(run.id(), "model.lathe", Path.of("model.lathe"));
 * store.runs().end(run.id(), RunStatus.FINISHED);
 * }</pre>
 */
public final class TrackingStore {

    /** Environment variable naming the user recorded on runs and audit events (default: the OS user). */
    public static final String USER_ENV = "LATHE_USER";

    private final Database db;
    private final ArtifactRoot root;
    private final String user;

    private TrackingStore(Database db, ArtifactRoot root, String user) {
        this.db = db;
        this.root = root;
        this.user = user;
    }

    /**
     * Opens (creating or migrating) the store at {@code location}; the user is {@code LATHE_USER} or the OS user.
     *
     * @param location database URL and artifact root
     * @return the store
     * @throws StoreException when the database cannot be opened or migrated
     */
    public static TrackingStore open(StoreLocation location) {
        String env = System.getenv(USER_ENV);
        return open(location, env != null && !env.isBlank() ? env : System.getProperty("user.name", "unknown"));
    }

    /**
     * Opens the store at {@code location}, recording {@code user} as who does what.
     *
     * @param location database URL and artifact root
     * @param user the user name for runs and audit events
     * @return the store
     */
    public static TrackingStore open(StoreLocation location, String user) {
        Path file = location.sqliteFile();
        if (file != null) {
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new StoreException("cannot create the store folder " + file.getParent(), e);
            }
        }
        return new TrackingStore(Database.open(location.jdbcUrl()), new ArtifactRoot(location.artifactRoot()), user);
    }

    /** Experiments. */
    public Experiments experiments() {
        return new Experiments(db);
    }

    /** Runs. */
    public Runs runs() {
        return new Runs(db, user);
    }

    /** Parameters, metrics and tags of runs. */
    public RunLog log() {
        return new RunLog(db);
    }

    /** Artifacts of runs. */
    public Artifacts artifacts() {
        return new Artifacts(db, root);
    }

    /** Run search. */
    public RunSearch search() {
        return new RunSearch(db);
    }

    /** The database, for the model registry that shares it. */
    public Database database() {
        return db;
    }

    /** The artifact root, for the model registry that shares it. */
    public ArtifactRoot artifactRoot() {
        return root;
    }

    /** The user recorded as who does what. */
    public String user() {
        return user;
    }
}
