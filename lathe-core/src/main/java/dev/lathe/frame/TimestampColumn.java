package dev.lathe.frame;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A column of instants stored as epoch milliseconds (UTC); {@link #MISSING} marks a missing value. */
public final class TimestampColumn extends Column {

    /** The stored value of a missing row. */
    public static final long MISSING = Long.MIN_VALUE;
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final long[] millis;
    /** Whether every stored value is a midnight UTC, so that values print as dates. */
    private final boolean datesOnly;

    private TimestampColumn(String name, long[] millis, int[] rows, boolean datesOnly) {
        super(name, rows, millis.length);
        this.millis = millis;
        this.datesOnly = datesOnly;
    }

    /** A column over a copy of {@code epochMillis} ({@link #MISSING} = missing). */
    public static TimestampColumn of(String name, long... epochMillis) {
        return wrap(name, epochMillis.clone());
    }

    /** A column that takes ownership of {@code epochMillis}. */
    public static TimestampColumn wrap(String name, long[] epochMillis) {
        boolean dates = true;
        for (long v : epochMillis) {
            if (v != MISSING && Math.floorMod(v, MILLIS_PER_DAY) != 0) {
                dates = false;
                break;
            }
        }
        return new TimestampColumn(name, epochMillis, null, dates);
    }

    @Override
    public ColumnType type() {
        return ColumnType.TIMESTAMP;
    }

    /** Epoch milliseconds of row {@code i}, or {@link #MISSING}. */
    public long epochMillis(int i) {
        return millis[at(i)];
    }

    /** The instant of row {@code i}, or null when missing. */
    public Instant get(int i) {
        long v = millis[at(i)];
        return v == MISSING ? null : Instant.ofEpochMilli(v);
    }

    @Override
    public boolean isMissing(int i) {
        return millis[at(i)] == MISSING;
    }

    /** ISO-8601 without zone (UTC): dates alone when every value of the column is a midnight, else date-times. */
    @Override
    public String format(int i) {
        long v = epochMillis(i);
        if (v == MISSING) {
            return "NA";
        }
        if (datesOnly) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(Instant.ofEpochMilli(v).atOffset(ZoneOffset.UTC));
        }
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(Instant.ofEpochMilli(v).atOffset(ZoneOffset.UTC));
    }

    @Override
    public TimestampColumn withName(String newName) {
        return new TimestampColumn(newName, millis, rowIndex(), datesOnly);
    }

    @Override
    public TimestampColumn take(int[] rowIndex) {
        return new TimestampColumn(name(), millis, composeRows(rowIndex), datesOnly);
    }

    @Override
    int compareRows(int i, int j) {
        long a = epochMillis(i);
        long b = epochMillis(j);
        if (a == MISSING || b == MISSING) {
            return Boolean.compare(a == MISSING, b == MISSING);
        }
        return Long.compare(a, b);
    }

    @Override
    Column append(Column other) {
        TimestampColumn o = (TimestampColumn) other;
        long[] out = new long[size() + o.size()];
        for (int i = 0; i < size(); i++) {
            out[i] = epochMillis(i);
        }
        for (int i = 0; i < o.size(); i++) {
            out[size() + i] = o.epochMillis(i);
        }
        return wrap(name(), out);
    }
}
