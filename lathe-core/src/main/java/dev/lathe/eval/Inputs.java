package dev.lathe.eval;

/** Checks shared by the metric families; each failure is an {@link IllegalArgumentException} a user can act on. */
final class Inputs {

    private Inputs() {
    }

    /** Targets and predictions pair up row by row and there is at least one row. */
    static void paired(int targets, int predictions) {
        if (targets != predictions) {
            throw new IllegalArgumentException("targets and predictions differ in length: " + targets + " and "
                    + predictions);
        }
        if (targets == 0) {
            throw new IllegalArgumentException("no targets to score");
        }
    }

    /** Numeric targets and predictions: paired, finite. */
    static void numeric(double[] y, double[] pred) {
        paired(y.length, pred.length);
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i]) || !Double.isFinite(pred[i])) {
                throw new IllegalArgumentException("row " + (i + 1) + " has a " + (Double.isFinite(y[i])
                        ? "prediction" : "target") + " that is missing or infinite");
            }
        }
    }

    /** Class codes: paired, every code 0 or more; returns the number of classes seen, 1 + the largest code. */
    static int labels(int[] y, int[] pred) {
        paired(y.length, pred.length);
        int k = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || pred[i] < 0) {
                throw new IllegalArgumentException("row " + (i + 1) + " has class code " + Math.min(y[i], pred[i])
                        + "; class codes are 0 or more");
            }
            k = Math.max(k, Math.max(y[i], pred[i]) + 1);
        }
        return k;
    }

    /** Class codes and probability rows: paired, one width, no NaN, every code a column. Returns the width. */
    static int proba(int[] y, double[][] proba) {
        paired(y.length, proba.length);
        int k = proba[0].length;
        for (int i = 0; i < y.length; i++) {
            if (proba[i].length != k) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + proba[i].length
                        + " probabilities where row 1 has " + k);
            }
            for (double p : proba[i]) {
                if (Double.isNaN(p)) {
                    throw new IllegalArgumentException("row " + (i + 1) + " has a missing probability");
                }
            }
            if (y[i] < 0 || y[i] >= k) {
                throw new IllegalArgumentException("row " + (i + 1) + " has class code " + y[i] + " outside 0.."
                        + (k - 1));
            }
        }
        return k;
    }

    /** Scores for a binary question: paired with the targets, none missing. */
    static void scores(int targets, double[] score) {
        paired(targets, score.length);
        for (int i = 0; i < score.length; i++) {
            if (Double.isNaN(score[i])) {
                throw new IllegalArgumentException("row " + (i + 1) + " has a missing score");
            }
        }
    }

    /**
     * Sample weights: {@code null} (every row weighs 1) or one finite non-negative weight per row with a positive
     * sum. Returns {@code w}.
     */
    static double[] weights(double[] w, int rows) {
        if (w == null) {
            return null;
        }
        if (w.length != rows) {
            throw new IllegalArgumentException("sample weights differ in length from the targets: " + w.length
                    + " and " + rows);
        }
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            if (!(w[i] >= 0) || Double.isInfinite(w[i])) {
                throw new IllegalArgumentException("row " + (i + 1) + " has sample weight " + w[i]
                        + "; weights must be finite and 0 or more");
            }
            sum += w[i];
        }
        if (sum == 0) {
            throw new IllegalArgumentException("sample weights sum to zero");
        }
        return w;
    }
}
