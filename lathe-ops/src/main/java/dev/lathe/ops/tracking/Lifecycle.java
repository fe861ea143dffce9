package dev.lathe.ops.tracking;

import java.util.Locale;

/** Whether a run or experiment is active or soft-deleted (restorable until garbage-collected). */
public enum Lifecycle {
    /** Visible in listings and searches. */
    ACTIVE,
    /** Hidden; restorable; its artifacts are removed by garbage collection. */
    DELETED;

    /** The value stored in the database ({@code active}, {@code deleted}, as MLflow spells them). */
    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stage stored as {@code value}. */
    static Lifecycle fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
