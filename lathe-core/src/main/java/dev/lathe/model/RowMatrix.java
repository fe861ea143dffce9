package dev.lathe.model;

import dev.lathe.frame.Frame;

/**
 * Features as one row-major array, the layout distance-based learners (k-means, mixtures, DBSCAN, PCA) read
 * fastest: row i's value of column j is {@code values[i * cols + j]}.
 *
 * @param values the values, {@code rows * cols} of them
 * @param rows   number of rows
 * @param cols   number of columns
 */
public record RowMatrix(double[] values, int rows, int cols) {

    public RowMatrix {
        if ((long) rows * cols != values.length) {
            throw new IllegalArgumentException(values.length + " values for " + rows + " x " + cols);
        }
    }

    /** The numeric features of {@code x}, checked as {@link Features#matrix} checks them (finite, numeric). */
    public static RowMatrix of(Frame x) {
        double[][] columns = Features.matrix(x);
        int n = x.rowCount();
        int d = columns.length;
        if ((long) n * d > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(n + " rows of " + d + " features are more values than one array holds");
        }
        double[] v = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                v[i * d + j] = columns[j][i];
            }
        }
        return new RowMatrix(v, n, d);
    }

    /** As {@link #of(Frame)}, also checking that {@code x} has the {@code expected} number of columns. */
    public static RowMatrix of(Frame x, int expected) {
        if (x.columnCount() != expected) {
            throw new IllegalArgumentException("the model was fitted on " + expected + " feature columns, got "
                    + x.columnCount());
        }
        return of(x);
    }

    /** Squared Euclidean distance between row {@code i} and the point at {@code offset} in {@code points}. */
    public double squaredDistance(int i, double[] points, int offset) {
        double s = 0;
        int base = i * cols;
        for (int j = 0; j < cols; j++) {
            double t = values[base + j] - points[offset + j];
            s += t * t;
        }
        return s;
    }
}
