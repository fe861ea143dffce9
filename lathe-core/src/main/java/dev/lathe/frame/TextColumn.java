package dev.lathe.frame;

/** A column of free text; null marks a missing value. */
public final class TextColumn extends Column {

    private final String[] values;

    private TextColumn(String name, String[] values, int[] rows) {
        super(name, rows, values.length);
        this.values = values;
    }

    /** A column over a copy of {@code values} (null = missing). */
    public static TextColumn of(String name, String... values) {
        return new TextColumn(name, values.clone(), null);
    }

    /** A column that takes ownership of {@code values}. */
    public static TextColumn wrap(String name, String[] values) {
        return new TextColumn(name, values, null);
    }

    @Override
    public ColumnType type() {
        return ColumnType.TEXT;
    }

    /** The text of row {@code i}, or null when missing. */
    public String get(int i) {
        return values[at(i)];
    }

    @Override
    public boolean isMissing(int i) {
        return values[at(i)] == null;
    }

    @Override
    public String format(int i) {
        String s = get(i);
        return s == null ? "NA" : s;
    }

    @Override
    public TextColumn withName(String newName) {
        return new TextColumn(newName, values, rowIndex());
    }

    @Override
    public TextColumn take(int[] rowIndex) {
        return new TextColumn(name(), values, composeRows(rowIndex));
    }

    @Override
    int compareRows(int i, int j) {
        String a = get(i);
        String b = get(j);
        if (a == null || b == null) {
            return Boolean.compare(a == null, b == null);
        }
        return a.compareTo(b);
    }

    @Override
    Column append(Column other) {
        TextColumn o = (TextColumn) other;
        String[] out = new String[size() + o.size()];
        for (int i = 0; i < size(); i++) {
            out[i] = get(i);
        }
        for (int i = 0; i < o.size(); i++) {
            out[size() + i] = o.get(i);
        }
        return wrap(name(), out);
    }
}
