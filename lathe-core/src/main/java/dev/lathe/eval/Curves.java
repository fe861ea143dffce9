package dev.lathe.eval;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Threshold curves of a binary score, computed as scikit-learn 1.2 computes them: ROC, precision-recall and the
 * calibration (reliability) curve. Targets are class codes; {@code positive} names the class asked about, every
 * other code counts as negative. Sample weights {@code w} are {@code null} or one finite weight &gt;= 0 per row;
 * rows of weight 0 are left out.
 */
public final class Curves {

    private Curves() {
    }

    /**
     * A ROC curve: false and true positive rates at each threshold, thresholds decreasing. The first point is
     * (0, 0) at threshold max score + 1; collinear intermediate points are dropped (scikit-learn's
     * {@code drop_intermediate=True}).
     */
    public record Roc(double[] fpr, double[] tpr, double[] thresholds) {

        /** Area under the curve by the trapezoidal rule; ties in the score count one half. */
        public double auc() {
            return trapezoid(fpr, tpr);
        }
    }

    /**
     * A precision-recall curve, thresholds increasing; precision and recall have one more point than the
     * thresholds, the last being (precision 1, recall 0). Precision at a threshold with no predicted positive is 0.
     */
    public record PrecisionRecall(double[] precision, double[] recall, double[] thresholds) {

        /** Average precision: sum over thresholds of (R_n - R_{n-1}) P_n, no interpolation. */
        public double averagePrecision() {
            double s = 0;
            for (int i = 0; i + 1 < recall.length; i++) {
                s -= (recall[i + 1] - recall[i]) * precision[i];
            }
            return s;
        }
    }

    /**
     * A calibration curve over uniform bins of [0, 1]: bin b of n holds probabilities in (b/n, (b+1)/n], the
     * first bin also 0. Only non-empty bins appear, in increasing order.
     *
     * @param fractionPositive weighted share of positives in each bin
     * @param meanPredicted weighted mean probability in each bin
     * @param weight total sample weight in each bin
     */
    public record Calibration(double[] fractionPositive, double[] meanPredicted, double[] weight) {

        /** Expected calibration error: sum over bins of (bin weight / total weight) |fraction - mean predicted|. */
        public double expectedCalibrationError() {
            double total = 0;
            for (double v : weight) {
                total += v;
            }
            double s = 0;
            for (int b = 0; b < weight.length; b++) {
                s += weight[b] / total * Math.abs(fractionPositive[b] - meanPredicted[b]);
            }
            return s;
        }
    }

    /** The ROC curve of {@code score} for "class is {@code positive}"; needs both positives and negatives. */
    public static Roc roc(int[] y, double[] score, int positive, double[] w) {
        Steps s = steps(y, score, positive, w);
        double fpTotal = s.fps[s.fps.length - 1];
        double tpTotal = s.tps[s.tps.length - 1];
        if (fpTotal <= 0 || tpTotal <= 0) {
            throw new IllegalArgumentException("ROC AUC needs both classes among the targets; only "
                    + (tpTotal <= 0 ? "negatives" : "positives") + " are present");
        }
        int m = s.fps.length;
        boolean[] keep = new boolean[m];
        Arrays.fill(keep, true);
        if (m > 2) {
            for (int i = 1; i < m - 1; i++) {
                double df = (s.fps[i + 1] - s.fps[i]) - (s.fps[i] - s.fps[i - 1]);
                double dt = (s.tps[i + 1] - s.tps[i]) - (s.tps[i] - s.tps[i - 1]);
                keep[i] = df != 0 || dt != 0;
            }
        }
        int kept = 0;
        for (boolean b : keep) {
            kept += b ? 1 : 0;
        }
        double[] fpr = new double[kept + 1];
        double[] tpr = new double[kept + 1];
        double[] thr = new double[kept + 1];
        int j = 1;
        for (int i = 0; i < m; i++) {
            if (keep[i]) {
                fpr[j] = s.fps[i] / fpTotal;
                tpr[j] = s.tps[i] / tpTotal;
                thr[j] = s.thresholds[i];
                j++;
            }
        }
        thr[0] = thr[1] + 1;
        return new Roc(fpr, tpr, thr);
    }

    /** The precision-recall curve of {@code score} for "class is {@code positive}"; needs a positive. */
    public static PrecisionRecall precisionRecall(int[] y, double[] score, int positive, double[] w) {
        PrecisionRecall pr = precisionRecallAllowingNoPositive(y, score, positive, w);
        if (pr.recall[0] == 1 && pr.precision[0] == 0) {
            throw new IllegalArgumentException("precision-recall needs a positive among the targets; none is present");
        }
        return pr;
    }

    /** As {@link #precisionRecall} but with no positive every recall is 1 (so average precision is 0), as scikit-learn. */
    static PrecisionRecall precisionRecallAllowingNoPositive(int[] y, double[] score, int positive, double[] w) {
        Steps s = steps(y, score, positive, w);
        int m = s.tps.length;
        double tpTotal = s.tps[m - 1];
        double[] precision = new double[m + 1];
        double[] recall = new double[m + 1];
        double[] thr = new double[m];
        for (int i = 0; i < m; i++) {
            int r = m - 1 - i;
            double predicted = s.tps[i] + s.fps[i];
            precision[r] = predicted == 0 ? 0 : s.tps[i] / predicted;
            recall[r] = tpTotal == 0 ? 1 : s.tps[i] / tpTotal;
            thr[r] = s.thresholds[i];
        }
        precision[m] = 1;
        return new PrecisionRecall(precision, recall, thr);
    }

    /**
     * The calibration curve of probabilities {@code prob} in [0, 1] for "class is {@code positive}" over
     * {@code bins} uniform bins (scikit-learn's {@code strategy='uniform'}; its default is 5, Lathe's ECE uses 10).
     */
    public static Calibration calibration(int[] y, double[] prob, int positive, int bins, double[] w) {
        Inputs.scores(y.length, prob);
        Inputs.weights(w, y.length);
        if (bins < 1) {
            throw new IllegalArgumentException("calibration needs at least one bin, got " + bins);
        }
        double step = 1.0 / bins;
        double[] sumProb = new double[bins];
        double[] sumTrue = new double[bins];
        double[] weight = new double[bins];
        for (int i = 0; i < y.length; i++) {
            if (prob[i] < 0 || prob[i] > 1) {
                throw new IllegalArgumentException("row " + (i + 1) + " has probability " + prob[i]
                        + " outside [0, 1]");
            }
            int b = 0;
            while (b < bins - 1 && (b + 1) * step < prob[i]) {
                b++;
            }
            double wi = Weighted.of(w, i);
            sumProb[b] += wi * prob[i];
            sumTrue[b] += y[i] == positive ? wi : 0;
            weight[b] += wi;
        }
        int used = 0;
        for (double v : weight) {
            used += v > 0 ? 1 : 0;
        }
        double[] frac = new double[used];
        double[] mean = new double[used];
        double[] wt = new double[used];
        int j = 0;
        for (int b = 0; b < bins; b++) {
            if (weight[b] > 0) {
                frac[j] = sumTrue[b] / weight[b];
                mean[j] = sumProb[b] / weight[b];
                wt[j] = weight[b];
                j++;
            }
        }
        return new Calibration(frac, mean, wt);
    }

    /** Trapezoidal area under y(x) for x non-decreasing. */
    static double trapezoid(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            s += (x[i + 1] - x[i]) * (y[i + 1] + y[i]) / 2.0;
        }
        return s;
    }

    /** Cumulative false and true positive weights at each distinct score, scores decreasing. */
    private record Steps(double[] fps, double[] tps, double[] thresholds) {
    }

    private static Steps steps(int[] y, double[] score, int positive, double[] w) {
        Inputs.scores(y.length, score);
        Inputs.weights(w, y.length);
        Integer[] order = IntStream.range(0, y.length).filter(i -> Weighted.of(w, i) != 0)
                .boxed().sorted((a, b) -> Double.compare(score[b], score[a])).toArray(Integer[]::new);
        int n = order.length;
        double[] fps = new double[n];
        double[] tps = new double[n];
        double[] thr = new double[n];
        int m = 0;
        double fp = 0;
        double tp = 0;
        for (int t = 0; t < n; t++) {
            int i = order[t];
            if (y[i] == positive) {
                tp += Weighted.of(w, i);
            } else {
                fp += Weighted.of(w, i);
            }
            if (t == n - 1 || score[order[t + 1]] != score[i]) {
                fps[m] = fp;
                tps[m] = tp;
                thr[m] = score[i];
                m++;
            }
        }
        return new Steps(Arrays.copyOf(fps, m), Arrays.copyOf(tps, m), Arrays.copyOf(thr, m));
    }
}
