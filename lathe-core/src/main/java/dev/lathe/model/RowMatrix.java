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

    /**
     * Squared Euclidean distance between row {@code i} and the point at {@code offset} in {@code points}, summed in
     * four interleaved partial sums (features j, j + 4, ... in sum j mod 4, then added in order), which runs about
     * twice as fast as one running sum; the order is fixed, so the result is the same on every call.
     */
    public double squaredDistance(int i, double[] points, int offset) {
        return squaredDistance(i, points, offset, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #squaredDistance(int, double[], int)}, but may stop early and return a value at least
     * {@code bound} once the partial sums reach it (for nearest-point searches, where such a point cannot win).
     * Below {@code bound} the result is exactly the full sum.
     */
    public double squaredDistance(int i, double[] points, int offset, double bound) {
        int base = i * cols;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 4 <= cols; j += 4) {
            double t0 = values[base + j] - points[offset + j];
            double t1 = values[base + j + 1] - points[offset + j + 1];
            double t2 = values[base + j + 2] - points[offset + j + 2];
            double t3 = values[base + j + 3] - points[offset + j + 3];
            s0 += t0 * t0;
            s1 += t1 * t1;
            s2 += t2 * t2;
            s3 += t3 * t3;
            if (s0 + s1 + s2 + s3 >= bound) {
                return Double.POSITIVE_INFINITY;
            }
        }
        for (; j < cols; j++) {
            double t = values[base + j] - points[offset + j];
            s0 += t * t;
        }
        return ((s0 + s1) + s2) + s3;
    }
}
