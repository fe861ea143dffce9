package dev.lathe.eval;

/** Weighted sums shared by the metric families; a {@code null} weight vector means every row weighs 1. */
final class Weighted {

    private Weighted() {
    }

    /** Weight of row i. */
    static double of(double[] w, int i) {
        return w == null ? 1 : w[i];
    }

    /** Sum of the first n weights (n when unweighted). */
    static double total(double[] w, int n) {
        if (w == null) {
            return n;
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += w[i];
        }
        return s;
    }

    /** Weighted mean sum(w v) / sum(w), as numpy's {@code average(v, weights=w)}. */
    static double mean(double[] v, double[] w) {
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            s += of(w, i) * v[i];
        }
        return s / total(w, v.length);
    }
}
