package dev.lathe.eval;

import java.util.Arrays;

/**
 * Metrics of class predictions and probabilities, defined as scikit-learn defines them. Classes are codes
 * 0..k-1 into the model's class list; {@code proba[i][k]} is the probability of class k for row i.
 */
public final class ClassificationMetrics {

    /** Probabilities are clipped to [eps, 1 - eps], eps the double machine epsilon, as scikit-learn 1.2's eps='auto'. */
    private static final double CLIP = Math.ulp(1.0);

    private ClassificationMetrics() {
    }

    /** Share of rows whose most probable class is the true one (ties to the lowest class code). */
    public static double accuracy(int[] y, double[][] proba) {
        check(y, proba);
        int right = 0;
        for (int i = 0; i < y.length; i++) {
            int best = 0;
            for (int k = 1; k < proba[i].length; k++) {
                if (proba[i][k] > proba[i][best]) {
                    best = k;
                }
            }
            if (best == y[i]) {
                right++;
            }
        }
        return (double) right / y.length;
    }

    /** Mean negative log-likelihood, probabilities clipped to [eps, 1 - eps] and renormalised per row. */
    public static double logLoss(int[] y, double[][] proba) {
        check(y, proba);
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double sum = 0;
            for (double p : proba[i]) {
                sum += Math.min(Math.max(p, CLIP), 1 - CLIP);
            }
            double p = Math.min(Math.max(proba[i][y[i]], CLIP), 1 - CLIP) / sum;
            s -= Math.log(p);
        }
        return s / y.length;
    }

    /**
     * Area under the ROC curve: binary on the second class's probability, else the unweighted mean of the
     * one-vs-rest areas (scikit-learn's multi_class='ovr', average='macro'). Ties count one half.
     */
    public static double rocAuc(int[] y, double[][] proba) {
        check(y, proba);
        int k = proba[0].length;
        if (k == 2) {
            return binaryAuc(y, column(proba, 1), 1);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            sum += binaryAuc(y, column(proba, c), c);
        }
        return sum / k;
    }

    /** AUC of {@code score} for "class is {@code positive}" by the rank-sum (Mann-Whitney) formula, ties averaged. */
    public static double binaryAuc(int[] y, double[] score, int positive) {
        int n = y.length;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
        double rankSumPositive = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                if (y[order[t]] == positive) {
                    rankSumPositive += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("ROC AUC needs both classes among the targets; only "
                    + (positives == 0 ? "negatives" : "positives") + " are present");
        }
        return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    private static double[] column(double[][] proba, int k) {
        double[] out = new double[proba.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = proba[i][k];
        }
        return out;
    }

    private static void check(int[] y, double[][] proba) {
        if (y.length != proba.length) {
            throw new IllegalArgumentException("targets and predictions differ in length: " + y.length + " and "
                    + proba.length);
        }
        if (y.length == 0) {
            throw new IllegalArgumentException("no targets to score");
        }
        for (int i = 0; i < y.length; i++) {
            for (double p : proba[i]) {
                if (Double.isNaN(p)) {
                    throw new IllegalArgumentException("row " + (i + 1) + " has a missing probability");
                }
            }
            if (y[i] < 0 || y[i] >= proba[i].length) {
                throw new IllegalArgumentException("row " + (i + 1) + " has class code " + y[i] + " outside 0.."
                        + (proba[i].length - 1));
            }
        }
    }
}
