package dev.lathe.frame;

/** A column of true/false values stored as bytes 1/0; -1 marks a missing value. */
public final class BooleanColumn extends Column {

    /** The stored value of a missing row. */
    public static final byte MISSING = -1;

    private final byte[] values;

    private BooleanColumn(String name, byte[] values, int[] rows) {
        super(name, rows, values.length);
        this.values = values;
    }

    /** A column from boxed values (null = missing). */
    public static BooleanColumn of(String name, Boolean... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i] == null ? MISSING : (byte) (values[i] ? 1 : 0);
        }
        return new BooleanColumn(name, out, null);
    }

    /** A column that takes ownership of {@code values}: each 1, 0 or {@link #MISSING}. */
    public static BooleanColumn wrap(String name, byte[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] < -1 || values[i] > 1) {
                throw new IllegalArgumentException("column '" + name + "': row " + i + " holds " + values[i]
                        + ", expected 1, 0 or -1 (missing)");
            }
        }
        return new BooleanColumn(name, values, null);
    }

    @Override
    public ColumnType type() {
        return ColumnType.BOOLEAN;
    }

    /** The raw byte of row {@code i}: 1, 0 or {@link #MISSING}. */
    public byte raw(int i) {
        return values[at(i)];
    }

    /** The value of row {@code i}, or null when missing. */
    public Boolean get(int i) {
        byte v = values[at(i)];
        return v == MISSING ? null : v == 1;
    }

    @Override
    public boolean isMissing(int i) {
        return values[at(i)] == MISSING;
    }

    @Override
    public String format(int i) {
        byte v = raw(i);
        return v == MISSING ? "NA" : v == 1 ? "true" : "false";
    }

    @Override
    public BooleanColumn withName(String newName) {
        return new BooleanColumn(newName, values, rowIndex());
    }

    @Override
    public BooleanColumn take(int[] rowIndex) {
        return new BooleanColumn(name(), values, composeRows(rowIndex));
    }

    @Override
    int compareRows(int i, int j) {
        byte a = raw(i);
        byte b = raw(j);
        if (a == MISSING || b == MISSING) {
            return Boolean.compare(a == MISSING, b == MISSING);
        }
        return Byte.compare(a, b);
    }

    @Override
    Column append(Column other) {
        BooleanColumn o = (BooleanColumn) other;
        byte[] out = new byte[size() + o.size()];
        for (int i = 0; i < size(); i++) {
            out[i] = raw(i);
        }
        for (int i = 0; i < o.size(); i++) {
            out[size() + i] = o.raw(i);
        }
        return new BooleanColumn(name(), out, null);
    }
}
