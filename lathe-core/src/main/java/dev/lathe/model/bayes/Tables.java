package dev.lathe.model.bayes;

/** Class-by-feature tables to and from the flat arrays of a model file. */
final class Tables {

    private Tables() {
    }

    /** Rows one after another. */
    static double[] flatten(double[][] table) {
        int width = table.length == 0 ? 0 : table[0].length;
        double[] out = new double[table.length * width];
        for (int r = 0; r < table.length; r++) {
            System.arraycopy(table[r], 0, out, r * width, width);
        }
        return out;
    }

    /** {@code flat} cut into {@code rows} equal rows. */
    static double[][] unflatten(double[] flat, int rows) {
        int width = flat.length / rows;
        double[][] out = new double[rows][width];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(flat, r * width, out[r], 0, width);
        }
        return out;
    }
}
