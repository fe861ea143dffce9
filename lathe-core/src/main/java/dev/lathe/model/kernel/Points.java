package dev.lathe.model.kernel;

/** Training rows stored row-major, with the Euclidean distance between rows. */
record Points(double[] rows, int d) {

    /** Column-major {@code columns} ({@code columns[j][i]}) as row-major points. */
    static Points of(double[][] columns) {
        int d = columns.length;
        int n = columns[0].length;
        double[] rows = new double[n * d];
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < n; i++) {
                rows[i * d + j] = columns[j][i];
            }
        }
        return new Points(rows, d);
    }

    int count() {
        return rows.length / d;
    }

    /** Distance between row {@code i} of these points and row {@code r} of {@code other}. */
    double distance(int i, double[] other, int r) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            double t = rows[i * d + j] - other[r * d + j];
            s += t * t;
        }
        return Math.sqrt(s);
    }
}
