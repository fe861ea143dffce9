package dev.lathe.model.neighbors;

/** How the k neighbours of a row count in its prediction, as scikit-learn's {@code weights}. */
public enum Weights {
    /** Every neighbour counts the same. */
    UNIFORM,
    /**
     * A neighbour counts 1 / its distance; when some neighbours are at distance 0, only those count (each
     * once), as scikit-learn does.
     */
    DISTANCE;

    /** The weight of each neighbour given the distances of one row's neighbours. */
    double[] of(double[] distances) {
        double[] w = new double[distances.length];
        if (this == UNIFORM) {
            java.util.Arrays.fill(w, 1.0);
            return w;
        }
        boolean exact = false;
        for (double d : distances) {
            exact |= d == 0;
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = exact ? (distances[i] == 0 ? 1.0 : 0.0) : 1.0 / distances[i];
        }
        return w;
    }
}
