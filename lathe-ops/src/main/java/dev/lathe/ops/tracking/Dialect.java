package dev.lathe.ops.tracking;

import java.util.Locale;
import java.util.Map;

/** The database back ends the store runs on, told apart by their JDBC URL. */
public enum Dialect {
    /** Embedded SQLite: one file, the default. */
    SQLITE("jdbc:sqlite:", "INTEGER PRIMARY KEY AUTOINCREMENT"),
    /** A PostgreSQL server, for teams. */
    POSTGRESQL("jdbc:postgresql:", "BIGSERIAL PRIMARY KEY");

    private final String prefix;
    private final String idColumn;

    Dialect(String prefix, String idColumn) {
        this.prefix = prefix;
        this.idColumn = idColumn;
    }

    /**
     * The dialect of a JDBC URL.
     *
     * @param jdbcUrl a {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URL
     * @throws IllegalArgumentException for any other URL
     */
    public static Dialect of(String jdbcUrl) {
        for (Dialect d : values()) {
            if (jdbcUrl.toLowerCase(Locale.ROOT).startsWith(d.prefix)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unsupported store URL '" + jdbcUrl
                + "': expected jdbc:sqlite:FILE, jdbc:postgresql://HOST[:PORT]/DB or a folder");
    }

    /** The Flyway placeholders that fill the dialect's differences into the one migration script. */
    Map<String, String> placeholders() {
        return Map.of("id_column", idColumn);
    }
}
