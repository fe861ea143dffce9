package dev.lathe.monitor.profile;

import dev.lathe.frame.ColumnType;

/**
 * The summary of one column in a {@link DataProfile}: present and missing counts and, by kind, a quantile
 * sketch and histogram ({@link NumericProfile}) or label frequencies ({@link CategoryProfile}). Profiles are
 * filled while profiling and merged afterwards; one instance is never shared between threads while filled.
 */
public sealed interface ColumnProfile permits NumericProfile, CategoryProfile {

    /** The column's name. */
    String name();

    /** The column's type in the profiled data. */
    ColumnType type();

    /** Number of present values. */
    long present();

    /** Number of missing values (for numbers NaN and infinities). */
    long missing();

    /** Share of missing values among all rows; 0 for a column of no rows. */
    default double missingShare() {
        long all = present() + missing();
        return all == 0 ? 0 : (double) missing() / all;
    }

    /** Adds {@code other}'s values (same name, kind and bins) to this profile. */
    void merge(ColumnProfile other);

    /** A fresh copy that merging into will not change this one. */
    ColumnProfile copy();
}
