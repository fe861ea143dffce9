package dev.lathe.stats.causal;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;

/** Reads 0/1 design columns (treated, post) and numeric outcomes, naming the column, row and value at fault. */
final class Indicators {

    /** Marks a missing cell in the arrays {@link #read} returns. */
    static final byte MISSING = -1;

    private Indicators() {
    }

    /**
     * The 0/1 values of {@code name}: a numeric column holding only 0 and 1, or a boolean column; missing
     * cells are {@link #MISSING}.
     */
    static byte[] read(Frame data, String role, String name) {
        Column c = data.column(name);
        byte[] out = new byte[data.rowCount()];
        if (c instanceof BooleanColumn b) {
            for (int i = 0; i < out.length; i++) {
                out[i] = b.isMissing(i) ? MISSING : b.raw(i);
            }
            return out;
        }
        if (!(c instanceof NumericColumn n)) {
            throw new IllegalArgumentException("the " + role + " column '" + name + "' must hold 0/1 or true/false, but it is "
                    + c.type().name().toLowerCase(java.util.Locale.ROOT));
        }
        for (int i = 0; i < out.length; i++) {
            double v = n.get(i);
            if (Double.isNaN(v)) {
                out[i] = MISSING;
            } else if (v == 0 || v == 1) {
                out[i] = (byte) v;
            } else {
                throw new IllegalArgumentException("the " + role + " column '" + name + "' must hold 0 or 1; row "
                        + (i + 1) + " has " + NumericColumn.format(v));
            }
        }
        return out;
    }

    /** The values of numeric column {@code name} (NaN = missing); infinite values are refused. */
    static double[] numeric(Frame data, String role, String name) {
        Column c = data.column(name);
        if (!(c instanceof NumericColumn n)) {
            throw new IllegalArgumentException("the " + role + " column '" + name + "' must be numeric, but it is "
                    + c.type().name().toLowerCase(java.util.Locale.ROOT));
        }
        double[] v = n.toArray();
        for (int i = 0; i < v.length; i++) {
            if (Double.isInfinite(v[i])) {
                throw new IllegalArgumentException("the " + role + " column '" + name + "' must be finite; row "
                        + (i + 1) + " has " + v[i]);
            }
        }
        return v;
    }
}
