package dev.lathe.eval;

/**
 * A (sample-weighted) confusion matrix: {@code get(t, p)} is the total weight of rows whose true class is t and
 * predicted class p, classes being codes 0..k-1. Immutable.
 */
public final class ConfusionMatrix {

    private final double[][] counts;

    private ConfusionMatrix(double[][] counts) {
        this.counts = counts;
    }

    /**
     * Counts true classes {@code y} against predicted classes {@code pred}.
     *
     * @param k number of classes, at least 1 + the largest code
     * @param w sample weights, {@code null} for counts
     */
    public static ConfusionMatrix of(int[] y, int[] pred, int k, double[] w) {
        int seen = Inputs.labels(y, pred);
        if (seen > k) {
            throw new IllegalArgumentException("class code " + (seen - 1) + " is outside 0.." + (k - 1));
        }
        Inputs.weights(w, y.length);
        double[][] c = new double[k][k];
        for (int i = 0; i < y.length; i++) {
            c[y[i]][pred[i]] += Weighted.of(w, i);
        }
        return new ConfusionMatrix(c);
    }

    /** Number of classes k. */
    public int classes() {
        return counts.length;
    }

    /** Weight of rows with true class {@code truth} predicted as {@code predicted}. */
    public double get(int truth, int predicted) {
        return counts[truth][predicted];
    }

    /** Weight of rows whose true class is c (the class's support). */
    public double truthTotal(int c) {
        double s = 0;
        for (double v : counts[c]) {
            s += v;
        }
        return s;
    }

    /** Weight of rows predicted as class c. */
    public double predictedTotal(int c) {
        double s = 0;
        for (double[] row : counts) {
            s += row[c];
        }
        return s;
    }

    /** Weight of all rows. */
    public double total() {
        double s = 0;
        for (int c = 0; c < counts.length; c++) {
            s += truthTotal(c);
        }
        return s;
    }

    /** Whether class c occurs among the targets or the predictions (scikit-learn's default label set). */
    public boolean present(int c) {
        return truthTotal(c) > 0 || predictedTotal(c) > 0;
    }

    /** A copy of the matrix, rows true classes, columns predicted classes. */
    public double[][] toArray() {
        double[][] out = new double[counts.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = counts[i].clone();
        }
        return out;
    }
}
