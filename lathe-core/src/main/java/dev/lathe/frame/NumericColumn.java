package dev.lathe.frame;

import java.util.Arrays;

/** A column of doubles; NaN marks a missing value. */
public final class NumericColumn extends Column {

    private final double[] values;

    private NumericColumn(String name, double[] values, int[] rows) {
        super(name, rows, values.length);
        this.values = values;
    }

    /** A column over a copy of {@code values}. */
    public static NumericColumn of(String name, double... values) {
        return new NumericColumn(name, values.clone(), null);
    }

    /** A column that takes ownership of {@code values}; the caller must not change the array afterwards. */
    public static NumericColumn wrap(String name, double[] values) {
        return new NumericColumn(name, values, null);
    }

    @Override
    public ColumnType type() {
        return ColumnType.NUMERIC;
    }

    /** The value of row {@code i}; NaN when missing. */
    public double get(int i) {
        return values[at(i)];
    }

    @Override
    public boolean isMissing(int i) {
        return Double.isNaN(values[at(i)]);
    }

    /** A new array with the values in row order. */
    public double[] toArray() {
        int[] rows = rowIndex();
        if (rows == null) {
            return values.clone();
        }
        double[] out = new double[rows.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    /** Copies the values in row order into {@code target} starting at {@code offset}. */
    public void copyTo(double[] target, int offset) {
        int[] rows = rowIndex();
        if (rows == null) {
            System.arraycopy(values, 0, target, offset, values.length);
            return;
        }
        for (int i = 0; i < rows.length; i++) {
            target[offset + i] = values[rows[i]];
        }
    }

    @Override
    public String format(int i) {
        return format(get(i));
    }

    /** A value as {@link #format(int)} shows it: "NA" for NaN, whole numbers without a fraction. */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    @Override
    public NumericColumn withName(String newName) {
        return new NumericColumn(newName, values, rowIndex());
    }

    @Override
    public NumericColumn take(int[] rowIndex) {
        return new NumericColumn(name(), values, composeRows(rowIndex));
    }

    @Override
    int compareRows(int i, int j) {
        double a = get(i);
        double b = get(j);
        boolean ma = Double.isNaN(a);
        boolean mb = Double.isNaN(b);
        if (ma || mb) {
            return Boolean.compare(ma, mb);
        }
        return Double.compare(a, b);
    }

    @Override
    Column append(Column other) {
        NumericColumn o = (NumericColumn) other;
        double[] out = Arrays.copyOf(toArray(), size() + o.size());
        o.copyTo(out, size());
        return wrap(name(), out);
    }
}
