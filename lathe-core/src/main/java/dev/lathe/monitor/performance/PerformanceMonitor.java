package dev.lathe.monitor.performance;

import dev.lathe.eval.Average;
import dev.lathe.eval.ClassificationMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A binary classifier's performance over windows of consecutive rows: realised metrics where labels are known
 * (computed by {@link ClassificationMetrics}) and CBPE estimates everywhere. The same windows over the reference
 * rows give each metric's spread, from which alert thresholds are set (mean +- 3 SD, as NannyML does).
 *
 * @param cbpe   the estimator fitted on the reference rows
 * @param window rows per window, at least 2
 */
public record PerformanceMonitor(Cbpe cbpe, int window) {

    /** Checks the window size. */
    public PerformanceMonitor {
        if (window < 2) {
            throw new IllegalArgumentException("a performance window needs at least 2 rows, got " + window);
        }
    }

    /**
     * The windows of rows {@code 0..n}: full windows of {@link #window} rows, the last one holding what remains
     * when that is at least half a window (else it joins the one before).
     *
     * @param scores the model's positive-class scores
     * @param labels whether each row is positive, or null when the labels have not arrived
     */
    public List<PerformanceWindow> windows(double[] scores, boolean[] labels) {
        return windows(scores, labels, null);
    }

    /**
     * The windows when only some labels have arrived: realised metrics of a window use its rows whose label is
     * {@code known} (none when fewer than 2 are), estimates use every row.
     *
     * @param scores the model's positive-class scores
     * @param labels whether each row is positive (read only where known), or null when no label has arrived
     * @param known  whether each row's label has arrived, or null when all have (with labels) or none (without)
     */
    public List<PerformanceWindow> windows(double[] scores, boolean[] labels, boolean[] known) {
        if (known != null && (labels == null || known.length != scores.length)) {
            throw new IllegalArgumentException("the known-label mask needs labels and one entry per score");
        }
        if (labels != null && labels.length != scores.length) {
            throw new IllegalArgumentException("there are " + scores.length + " scores but " + labels.length + " labels");
        }
        if (scores.length < window) {
            throw new IllegalArgumentException("only " + scores.length + " rows, fewer than one window of " + window);
        }
        List<PerformanceWindow> out = new ArrayList<>();
        int count = scores.length / window;
        if (scores.length % window >= window / 2.0) {
            count++;
        }
        for (int w = 0; w < count; w++) {
            int start = w * window;
            int end = w == count - 1 ? scores.length : start + window;
            double[] s = java.util.Arrays.copyOfRange(scores, start, end);
            int labelled = 0;
            double[] ls = new double[end - start];
            boolean[] ly = new boolean[end - start];
            for (int i = start; labels != null && i < end; i++) {
                if (known == null || known[i]) {
                    ls[labelled] = scores[i];
                    ly[labelled++] = labels[i];
                }
            }
            Map<String, Double> realised = labelled < 2 ? Map.of() : realised(java.util.Arrays.copyOf(ls, labelled),
                    java.util.Arrays.copyOf(ly, labelled), cbpe.threshold());
            Map<String, Double> estimated = new LinkedHashMap<>(cbpe.estimate(s));
            estimated.keySet().retainAll(List.of("accuracy", "precision", "recall", "f1", "roc_auc"));
            out.add(new PerformanceWindow(w + 1, start, end, labelled, realised, estimated));
        }
        return out;
    }

    /**
     * Each metric (realised and estimated, by {@link PerformanceWindow#metrics} names) over the windows of the
     * reference rows: the spread alert thresholds are taken from.
     */
    public Map<String, double[]> referenceSpread(double[] scores, boolean[] labels) {
        List<PerformanceWindow> ref = windows(scores, labels);
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int w = 0; w < ref.size(); w++) {
            for (Map.Entry<String, Double> e : ref.get(w).metrics().entrySet()) {
                out.computeIfAbsent(e.getKey(), k -> new double[ref.size()])[w] = e.getValue();
            }
        }
        return out;
    }

    /** Accuracy, precision, recall, F1 and ROC AUC of scores against labels at the threshold. */
    static Map<String, Double> realised(double[] scores, boolean[] labels, double threshold) {
        int[] y = new int[scores.length];
        int[] pred = new int[scores.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels[i] ? 1 : 0;
            pred[i] = scores[i] >= threshold ? 1 : 0;
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("accuracy", ClassificationMetrics.accuracy(y, pred, null));
        m.put("precision", ClassificationMetrics.precision(y, pred, Average.BINARY, null));
        m.put("recall", ClassificationMetrics.recall(y, pred, Average.BINARY, null));
        m.put("f1", ClassificationMetrics.f1(y, pred, Average.BINARY, null));
        boolean both = false;
        for (int i = 1; i < y.length && !both; i++) {
            both = y[i] != y[0];
        }
        m.put("roc_auc", both ? ClassificationMetrics.binaryAuc(y, scores, 1) : Double.NaN);
        return m;
    }
}
