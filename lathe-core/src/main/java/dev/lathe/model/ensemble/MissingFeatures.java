package dev.lathe.model.ensemble;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;

/**
 * Reads features for learners that handle missing values themselves: as {@link dev.lathe.model.Features#matrix}
 * (column-major, numeric or boolean columns only, the same messages) but keeping NaN as "missing".
 * Infinities are still refused.
 */
final class MissingFeatures {

    private MissingFeatures() {
    }

    /** {@code result[j][i]} is row i of column j; NaN marks a missing value. */
    static double[][] matrix(Frame x) {
        if (x.rowCount() == 0) {
            throw new IllegalArgumentException("no rows to learn from or predict");
        }
        if (x.columnCount() == 0) {
            throw new IllegalArgumentException("no feature columns");
        }
        double[][] out = new double[x.columnCount()][];
        for (int j = 0; j < out.length; j++) {
            out[j] = column(x.column(j));
        }
        return out;
    }

    private static double[] column(Column c) {
        double[] v;
        if (c instanceof NumericColumn n) {
            v = n.toArray();
        } else if (c instanceof BooleanColumn b) {
            v = new double[b.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = b.isMissing(i) ? Double.NaN : b.raw(i);
            }
        } else {
            throw new IllegalArgumentException("feature column '" + c.name() + "' is " + c.type().label()
                    + "; encode it first (one-hot, ordinal or target encoding)");
        }
        for (int i = 0; i < v.length; i++) {
            if (Double.isInfinite(v[i])) {
                throw new IllegalArgumentException("feature column '" + c.name() + "' has an infinite value in row "
                        + (i + 1));
            }
        }
        return v;
    }
}
