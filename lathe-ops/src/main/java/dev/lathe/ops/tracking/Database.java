package dev.lathe.ops.tracking;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;

/**
 * The store's database: opens connections (SQLite in WAL mode, set once per file, with a busy timeout and immediate write
 * transactions, so concurrent writers wait rather than fail), creates and migrates the schema with Flyway,
 * and runs work in transactions that either commit whole or leave nothing behind.
 */
public final class Database {

    /** How long an SQLite writer waits for another to finish, in milliseconds. */
    static final int BUSY_TIMEOUT_MS = 30_000;

    /** Flyway reports every migration step at INFO through java.util.logging; only its warnings matter here. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private final String url;
    private final Dialect dialect;

    private Database(String url) {
        this.url = url;
        this.dialect = Dialect.of(url);
    }

    /**
     * Opens the database at {@code jdbcUrl}, creating or migrating its schema to the current version.
     *
     * @param jdbcUrl {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST[:PORT]/DB?user=...}
     * @return the open database
     * @throws StoreException when the database cannot be reached or migrated
     */
    public static Database open(String jdbcUrl) {
        Database db = new Database(jdbcUrl);
        db.migrate();
        return db;
    }

    /** The back end. */
    public Dialect dialect() {
        return dialect;
    }

    private void migrate() {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(url, null, null)
                    .locations("classpath:dev/lathe/ops/tracking/migration")
                    .placeholders(dialect.placeholders())
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StoreException("cannot create or migrate the store schema at " + redacted(), e);
        }
        if (dialect == Dialect.SQLITE) {
            // WAL is a property of the database file: set once here, under the busy timeout, rather than by a
            // pragma on every connection, which can meet another writer's lock before the timeout applies
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
            } catch (SQLException e) {
                throw new StoreException("cannot switch the store at " + redacted() + " to WAL mode", e);
            }
        }
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     *
     * @param what names the operation in error messages
     * @param work the work
     * @param <T> the result type
     * @return what the work returned
     * @throws StoreException on a database or file error; exceptions the work throws itself (bad input) pass
     *     through unchanged
     */
    public <T> T write(String what, SqlWork<T> work) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot " + what, e);
        }
    }

    /**
     * Runs read-only {@code work} outside an explicit transaction.
     *
     * @param what names the operation in error messages
     * @param work the work
     * @param <T> the result type
     * @return what the work returned
     * @throws StoreException on a database error
     */
    public <T> T read(String what, SqlWork<T> work) {
        try (Connection c = connect()) {
            return work.apply(c);
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot " + what, e);
        }
    }

    private Connection connect() throws SQLException {
        if (dialect == Dialect.SQLITE) {
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.enforceForeignKeys(true);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            config.enableCaseSensitiveLike(true); // LIKE as PostgreSQL has it; ILIKE ignores case
            return DriverManager.getConnection(url, config.toProperties());
        }
        return DriverManager.getConnection(url, new Properties());
    }

    /** The URL without its query (which may hold a password), for messages. */
    String redacted() {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?...";
    }
}
