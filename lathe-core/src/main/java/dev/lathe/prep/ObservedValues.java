package dev.lathe.prep;

import dev.lathe.frame.Frame;
import java.util.Arrays;

/** What a step learns from: the non-missing values of a numeric column, checked to be finite and present. */
public final class ObservedValues {

    private ObservedValues() {
    }

    /**
     * The non-missing values of numeric column {@code name}, in row order. Fails, naming {@code step}, the
     * column and the row, on an infinite value, and when the column has no value at all.
     */
    public static double[] of(Frame data, String name, String step) {
        double[] values = NumericColumns.values(data, name, step);
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException(step + " cannot learn from column '" + name + "': row " + (i + 1)
                        + " holds " + v);
            }
            if (!Double.isNaN(v)) {
                values[n++] = v;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException(step + " has nothing to learn from in column '" + name + "': "
                    + (values.length == 0 ? "there are no rows" : "all " + values.length + " values are missing"));
        }
        return n == values.length ? values : Arrays.copyOf(values, n);
    }
}
