package dev.lathe.frame;

import java.util.Objects;

/**
 * One named, immutable column of a {@link Frame}. A column is its storage array plus an optional row
 * index: taking rows builds a new index over the same storage instead of copying values.
 */
public abstract sealed class Column
        permits NumericColumn, CategoricalColumn, TextColumn, TimestampColumn, BooleanColumn {

    private final String name;
    /** Storage positions of this column's rows, or null when row i is storage position i. */
    private final int[] rows;
    private final int size;

    Column(String name, int[] rows, int storageSize) {
        this.name = checkName(name);
        this.rows = rows;
        this.size = rows == null ? storageSize : rows.length;
    }

    static String checkName(String name) {
        Objects.requireNonNull(name, "column name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("column name is blank");
        }
        return name;
    }

    /** The column's name, unique within its frame. */
    public final String name() {
        return name;
    }

    /** Number of rows. */
    public final int size() {
        return size;
    }

    /** The kind of values this column holds. */
    public abstract ColumnType type();

    /** Whether row {@code i} holds no value. */
    public abstract boolean isMissing(int i);

    /** The value of row {@code i} as a display string; "NA" when missing. */
    public abstract String format(int i);

    /** The same values under another name. */
    public abstract Column withName(String newName);

    /** Number of missing rows. */
    public int missingCount() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (isMissing(i)) {
                n++;
            }
        }
        return n;
    }

    /**
     * A view of the given rows, in the given order (rows may repeat). Values are shared, not copied.
     *
     * @param rowIndex row numbers of this column, each in [0, size)
     */
    public abstract Column take(int[] rowIndex);

    /** Compares two rows for sorting: ascending, missing values last. */
    abstract int compareRows(int i, int j);

    /** This column followed by the rows of {@code other}, which must be of the same type. */
    abstract Column append(Column other);

    /** Storage position of row {@code i}. */
    protected final int at(int i) {
        return rows == null ? i : rows[i];
    }

    /** Storage positions for a view of {@code rowIndex}, checked against this column's size. */
    protected final int[] composeRows(int[] rowIndex) {
        int[] composed = new int[rowIndex.length];
        for (int k = 0; k < rowIndex.length; k++) {
            int r = rowIndex[k];
            if (r < 0 || r >= size) {
                throw new IndexOutOfBoundsException(
                        "row " + r + " is outside column '" + name + "' of " + size + " rows");
            }
            composed[k] = rows == null ? r : rows[r];
        }
        return composed;
    }

    /** The row index of this view (null when it is the identity), for subclasses building renamed copies. */
    protected final int[] rowIndex() {
        return rows;
    }

    @Override
    public String toString() {
        return name + " (" + type().label() + ", " + size + " rows)";
    }
}
