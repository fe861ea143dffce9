package dev.lathe.eval;

import java.util.Arrays;

/**
 * Ranking metrics over queries: {@code relevance[q][j]} is the graded relevance (&gt;= 0) of item j for query q and
 * {@code scores[q][j]} the model's score; items rank by decreasing score. An item is relevant when its relevance
 * is above 0. Metrics average over queries (NDCG with optional query weights {@code w}, as scikit-learn's
 * {@code ndcg_score}); a query with no relevant item scores 0 in every metric.
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /** Mean over queries of (relevant items among the top k) / k; ties in score rank the lower item index first. */
    public static double precisionAtK(double[][] relevance, double[][] scores, int k) {
        return atK(relevance, scores, k, true);
    }

    /** Mean over queries of (relevant items among the top k) / (relevant items); ties as {@link #precisionAtK}. */
    public static double recallAtK(double[][] relevance, double[][] scores, int k) {
        return atK(relevance, scores, k, false);
    }

    /**
     * Mean average precision: the mean over queries of scikit-learn's {@code average_precision_score} of
     * "relevant" against the scores (tied scores form one threshold).
     */
    public static double meanAveragePrecision(double[][] relevance, double[][] scores) {
        check(relevance, scores, 1);
        double s = 0;
        for (int q = 0; q < relevance.length; q++) {
            int[] relevant = Arrays.stream(relevance[q]).mapToInt(r -> r > 0 ? 1 : 0).toArray();
            s += Curves.precisionRecallAllowingNoPositive(relevant, scores[q], 1, null).averagePrecision();
        }
        return s / relevance.length;
    }

    /**
     * Normalized discounted cumulative gain at k: per query DCG / ideal DCG, DCG = sum over the top k positions
     * of relevance / log2(position + 1), items with tied scores sharing the mean of their relevance over their
     * positions (scikit-learn's {@code ignore_ties=False}); the weighted mean over queries. A query whose ideal
     * DCG is 0 scores 0. k at least the number of items means all of them.
     *
     * @param w query weights, {@code null} for equal weights
     */
    public static double ndcg(double[][] relevance, double[][] scores, int k, double[] w) {
        check(relevance, scores, k);
        Inputs.weights(w, relevance.length);
        double[] gain = new double[relevance.length];
        for (int q = 0; q < relevance.length; q++) {
            int m = relevance[q].length;
            double[] discount = new double[m];
            for (int i = 0; i < Math.min(k, m); i++) {
                discount[i] = 1 / (Math.log(i + 2) / Math.log(2));
            }
            double[] ideal = relevance[q].clone();
            Arrays.sort(ideal);
            double best = 0;
            for (int i = 0; i < m; i++) {
                best += discount[i] * ideal[m - 1 - i];
            }
            gain[q] = best == 0 ? 0 : tieAveragedDcg(relevance[q], scores[q], discount) / best;
        }
        return Weighted.mean(gain, w);
    }

    private static double tieAveragedDcg(double[] rel, double[] score, double[] discount) {
        Integer[] order = order(score);
        double dcg = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            double sum = 0;
            double disc = 0;
            while (j < order.length && score[order[j]] == score[order[i]]) {
                sum += rel[order[j]];
                disc += discount[j];
                j++;
            }
            dcg += sum / (j - i) * disc;
            i = j;
        }
        return dcg;
    }

    private static double atK(double[][] relevance, double[][] scores, int k, boolean precision) {
        check(relevance, scores, k);
        double s = 0;
        for (int q = 0; q < relevance.length; q++) {
            Integer[] order = order(scores[q]);
            long hits = 0;
            for (int i = 0; i < Math.min(k, order.length); i++) {
                hits += relevance[q][order[i]] > 0 ? 1 : 0;
            }
            long relevant = Arrays.stream(relevance[q]).filter(r -> r > 0).count();
            s += precision ? (double) hits / k : relevant == 0 ? 0 : (double) hits / relevant;
        }
        return s / relevance.length;
    }

    /** Item indices by decreasing score, ties by increasing index. */
    private static Integer[] order(double[] score) {
        Integer[] order = new Integer[score.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        return order;
    }

    private static void check(double[][] relevance, double[][] scores, int k) {
        Inputs.paired(relevance.length, scores.length);
        if (k < 1) {
            throw new IllegalArgumentException("ranking metrics need k >= 1, got " + k);
        }
        for (int q = 0; q < relevance.length; q++) {
            if (relevance[q].length != scores[q].length || scores[q].length == 0) {
                throw new IllegalArgumentException("query " + (q + 1) + " has " + relevance[q].length
                        + " relevance values and " + scores[q].length + " scores; need equally many, at least one");
            }
            for (int j = 0; j < scores[q].length; j++) {
                if (Double.isNaN(scores[q][j]) || !(relevance[q][j] >= 0) || Double.isInfinite(relevance[q][j])) {
                    throw new IllegalArgumentException("query " + (q + 1) + ", item " + (j + 1) + " has relevance "
                            + relevance[q][j] + " and score " + scores[q][j]
                            + "; relevance must be finite and 0 or more, scores not missing");
                }
            }
        }
    }
}
