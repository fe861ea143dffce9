package dev.lathe.frame;

/** The kinds of column a {@link Frame} holds, each with its own storage and missing-value marker. */
public enum ColumnType {
    /** {@code double} values; missing is NaN. */
    NUMERIC,
    /** {@code int} codes into a level list; missing is -1. */
    CATEGORICAL,
    /** Free text; missing is {@code null}. */
    TEXT,
    /** Instants as epoch milliseconds (UTC); missing is {@link Long#MIN_VALUE}. */
    TIMESTAMP,
    /** true/false stored as bytes 1/0; missing is -1. */
    BOOLEAN;

    /** Lower-case name, as printed by the command and written to JSON. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
