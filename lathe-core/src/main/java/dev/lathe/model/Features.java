package dev.lathe.model;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;

/** Turns a frame of features into the dense column-major matrix models learn from, with clear errors. */
public final class Features {

    private Features() {
    }

    /**
     * {@code result[j][i]} is row i of column j. Every column must be numeric (or boolean, read as 0/1) with
     * finite values; the
     * message of a failure names the column, the row and what to add to the pipeline.
     */
    public static double[][] matrix(Frame x) {
        return read(x, false);
    }

    /**
     * As {@link #matrix}, but missing values stay NaN (for learners that route them, such as trees);
     * infinite values and non-numeric columns are still refused with the same messages.
     */
    public static double[][] matrixWithMissing(Frame x) {
        return read(x, true);
    }

    private static double[][] read(Frame x, boolean keepMissing) {
        if (x.rowCount() == 0) {
            throw new IllegalArgumentException("no rows to learn from or predict");
        }
        if (x.columnCount() == 0) {
            throw new IllegalArgumentException("no feature columns");
        }
        double[][] out = new double[x.columnCount()][];
        for (int j = 0; j < out.length; j++) {
            Column c = x.column(j);
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
                if (Double.isNaN(v[i]) && !keepMissing) {
                    throw new IllegalArgumentException("feature column '" + c.name() + "' has a missing value in row "
                            + (i + 1) + "; impute it first or drop the rows");
                }
                if (Double.isInfinite(v[i])) {
                    throw new IllegalArgumentException("feature column '" + c.name() + "' has an infinite value in row "
                            + (i + 1));
                }
            }
            out[j] = v;
        }
        return out;
    }
}
