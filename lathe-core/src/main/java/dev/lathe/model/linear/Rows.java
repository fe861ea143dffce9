package dev.lathe.model.linear;

/** Copies of chosen rows of column-major data, for cross-validation folds. */
final class Rows {

    private Rows() {
    }

    /** {@code values[rows[0]], values[rows[1]], ...}. */
    static double[] take(double[] values, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    /** The chosen rows of every column. */
    static double[][] take(double[][] columns, int[] rows) {
        double[][] out = new double[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            out[j] = take(columns[j], rows);
        }
        return out;
    }
}
