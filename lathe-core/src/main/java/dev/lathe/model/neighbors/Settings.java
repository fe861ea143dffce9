package dev.lathe.model.neighbors;

import dev.lathe.param.Check;

/** The hyperparameter checks both neighbour estimators share. */
final class Settings {

    private Settings() {
    }

    /** Fails with a message naming the parameter when a value is out of range or missing. */
    static void check(int nNeighbors, Weights weights, Metric metric, double p, Algorithm algorithm, int leafSize) {
        Check.atLeast("n_neighbors", nNeighbors, 1);
        Check.atLeast("leaf_size", leafSize, 1);
        if (weights == null || metric == null || algorithm == null) {
            throw new IllegalArgumentException("weights, metric and algorithm must be given");
        }
        if (!(p >= 1) || Double.isInfinite(p)) {
            throw new IllegalArgumentException("p must be a finite number at least 1, got " + p);
        }
        if ((metric == Metric.COSINE || metric == Metric.GOWER) && algorithm == Algorithm.KD_TREE) {
            throw new IllegalArgumentException("algorithm kd_tree cannot search the "
                    + metric.name().toLowerCase(java.util.Locale.ROOT) + " metric; use brute or auto");
        }
    }
}
