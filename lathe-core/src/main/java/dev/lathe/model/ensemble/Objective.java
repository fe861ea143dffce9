package dev.lathe.model.ensemble;

/**
 * What a boosting run minimises, seen from the booster: K raw scores per row (K = 1 except for
 * multinomial classification), their starting values, and per-row gradients and Hessians.
 */
interface Objective {

    /** Number of raw scores per row, K: one tree per score and iteration. */
    int outputs();

    /** The best constant raw scores for targets {@code y[rows[i]]} weighted by {@code w} (null: unit). */
    double[] baseScores(double[] y, double[] w, int[] rows);

    /**
     * Fills {@code g[k][row]} and {@code h[k][row]} for rows {@code rows[from..to)} from raw scores
     * {@code raw[k][row]}, each multiplied by the row's weight.
     */
    void gradients(double[] y, double[] w, double[][] raw, int[] rows, int from, int to, double[][] g, double[][] h);

    /**
     * Called once the raw scores hold their starting values, before the first gradients: an objective that
     * keeps values derived from the scores (see {@link LogisticObjective}) sets them up here.
     */
    default void start(double[][] raw) {
    }

    /**
     * Adds a leaf's value {@code v} to {@code raw[k][row]} for the rows {@code rows[from..to)}, and to whatever
     * the objective derives from them. Calls for disjoint rows may run at once.
     */
    default void add(double[][] raw, int k, int[] rows, int from, int to, double v) {
        double[] scores = raw[k];
        for (int i = from; i < to; i++) {
            scores[rows[i]] += v;
        }
    }

    /** Weighted mean loss over {@code rows}, for early stopping. */
    double meanLoss(double[] y, double[] w, double[][] raw, int[] rows);

    /**
     * For losses whose Newton step is poor (absolute, pinball), how to set a leaf's value from its rows
     * given the current raw scores of output 0; null to keep the Newton step.
     */
    default TreeGrower.LeafRefit leafRefit(double[] y, double[] w, double[] raw) {
        return null;
    }
}
