package dev.lathe.monitor.performance;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Confidence-based performance estimation for a binary classifier, as NannyML's CBPE: scores are calibrated
 * on reference rows with labels ({@link IsotonicCalibration}); on new rows without labels each calibrated
 * probability p is the chance that the row is positive, so a row predicted positive adds p to the expected true
 * positives and 1 - p to the expected false positives (and a row predicted negative p to the false negatives,
 * 1 - p to the true negatives). Accuracy, precision, recall and F1 follow from the expected confusion matrix; the
 * ROC AUC from the expected true- and false-positive rates at every score threshold. The estimate is right on
 * average as long as the calibration holds on the new rows: under covariate shift (the inputs move, the link
 * from inputs to labels does not) it does; under concept drift it does not, and only labels can tell.
 *
 * @param calibration the score-to-probability map fitted on reference rows
 * @param threshold   the score at or above which the model predicts positive
 */
public record Cbpe(IsotonicCalibration calibration, double threshold) {

    /**
     * Fits on reference rows.
     *
     * @param scores    the model's positive-class scores on reference rows
     * @param labels    whether each reference row is positive
     * @param threshold the model's decision threshold on the score (0.5 for probabilities)
     */
    public static Cbpe fit(double[] scores, boolean[] labels, double threshold) {
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("the decision threshold must be finite, got " + threshold);
        }
        return new Cbpe(IsotonicCalibration.fit(scores, labels), threshold);
    }

    /**
     * The estimated metrics of the model on rows with these scores: {@code accuracy}, {@code precision},
     * {@code recall}, {@code f1}, {@code roc_auc}, and the expected counts {@code tp}, {@code fp}, {@code tn},
     * {@code fn}; a metric whose denominator is 0 is NaN.
     *
     * @throws IllegalArgumentException when there are no scores or one is not finite
     */
    public Map<String, Double> estimate(double[] scores) {
        if (scores.length == 0) {
            throw new IllegalArgumentException("no rows to estimate performance on");
        }
        double tp = 0;
        double fp = 0;
        double tn = 0;
        double fn = 0;
        double[] p = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("score " + i + " is " + scores[i] + ": expected a finite score");
            }
            p[i] = calibration.apply(scores[i]);
            if (scores[i] >= threshold) {
                tp += p[i];
                fp += 1 - p[i];
            } else {
                fn += p[i];
                tn += 1 - p[i];
            }
        }
        double precision = tp / (tp + fp);
        double recall = tp / (tp + fn);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("accuracy", (tp + tn) / scores.length);
        m.put("precision", precision);
        m.put("recall", recall);
        m.put("f1", 2 * tp / (2 * tp + fp + fn));
        m.put("roc_auc", expectedAuc(scores, p));
        m.put("tp", tp);
        m.put("fp", fp);
        m.put("tn", tn);
        m.put("fn", fn);
        return m;
    }

    /**
     * The area under the expected ROC curve: rows by descending score (ties as one step), expected true-positive
     * rate sum(p) / P and false-positive rate sum(1 - p) / N over the rows at or above each threshold.
     */
    private static double expectedAuc(double[] scores, double[] p) {
        Integer[] order = new Integer[scores.length];
        double positives = 0;
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            positives += p[i];
        }
        double negatives = scores.length - positives;
        if (positives <= 0 || negatives <= 0) {
            return Double.NaN;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        double area = 0;
        double tpr = 0;
        double fpr = 0;
        double tp = 0;
        double fp = 0;
        for (int k = 0; k < order.length; ) {
            double s = scores[order[k]];
            while (k < order.length && scores[order[k]] == s) {
                tp += p[order[k]];
                fp += 1 - p[order[k]];
                k++;
            }
            double nextTpr = tp / positives;
            double nextFpr = fp / negatives;
            area += (nextFpr - fpr) * (nextTpr + tpr) / 2;
            tpr = nextTpr;
            fpr = nextFpr;
        }
        return area;
    }
}
