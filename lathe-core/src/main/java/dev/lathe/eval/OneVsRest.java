package dev.lathe.eval;

/**
 * Multi-class probabilities seen one class at a time, each class's probability column against "is that
 * class" (scikit-learn's {@code label_binarize(y, classes=range(k))} beside {@code proba}): average precision
 * averaged over classes, and per-class calibration curves with their expected calibration errors. Classes
 * are codes 0..k-1 into the columns of {@code proba}; sample weights {@code w} are {@code null} or one finite
 * weight &gt;= 0 per row, as in {@link ClassificationMetrics}.
 */
public final class OneVsRest {

    private OneVsRest() {
    }

    /**
     * Average precision as scikit-learn's {@code average_precision_score(label_binarize(y, classes=range(k)),
     * proba, average=...)}: MACRO, the plain mean of the per-class values (a class absent from the targets
     * scores 0, as scikit-learn); WEIGHTED, their mean weighted by each class's (sample-weighted) count among
     * the targets; MICRO, one average precision over every (row, class) pair, the one-hot target against the
     * probability, each pair weighing its row's weight.
     *
     * @param average MICRO, MACRO or WEIGHTED
     * @throws IllegalArgumentException for another average, or inputs that {@link ClassificationMetrics} refuses
     */
    public static double averagePrecision(int[] y, double[][] proba, Average average, double[] w) {
        int k = Inputs.proba(y, proba);
        Inputs.weights(w, y.length);
        if (average == Average.MICRO) {
            int n = y.length;
            int[] hot = new int[n * k];
            double[] score = new double[n * k];
            double[] weight = w == null ? null : new double[n * k];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < k; c++) {
                    hot[i * k + c] = y[i] == c ? 1 : 0;
                    score[i * k + c] = proba[i][c];
                    if (weight != null) {
                        weight[i * k + c] = w[i];
                    }
                }
            }
            return Curves.precisionRecall(hot, score, 1, weight).averagePrecision();
        }
        if (average != Average.MACRO && average != Average.WEIGHTED) {
            throw new IllegalArgumentException("one-vs-rest average precision averages MICRO, MACRO or WEIGHTED,"
                    + " not " + average);
        }
        double[] perClass = new double[k];
        double[] support = new double[k];
        for (int c = 0; c < k; c++) {
            perClass[c] = Curves.precisionRecallAllowingNoPositive(y, ClassificationMetrics.column(proba, c), c, w).averagePrecision();
        }
        for (int i = 0; i < y.length; i++) {
            support[y[i]] += Weighted.of(w, i);
        }
        if (average == Average.MACRO) {
            return Weighted.mean(perClass, null);
        }
        return Weighted.total(support, k) == 0 ? 0 : Weighted.mean(perClass, support);
    }

    /**
     * The calibration curve of each class's probability against "is that class" ({@link Curves#calibration}
     * over {@code bins} uniform bins): {@code result[c]} for class c.
     *
     * @param bins number of uniform bins of [0, 1], at least 1 (scikit-learn's default is 5, Lathe's ECE 10)
     */
    public static Curves.Calibration[] calibration(int[] y, double[][] proba, int bins, double[] w) {
        int k = Inputs.proba(y, proba);
        Curves.Calibration[] out = new Curves.Calibration[k];
        for (int c = 0; c < k; c++) {
            out[c] = Curves.calibration(y, ClassificationMetrics.column(proba, c), c, bins, w);
        }
        return out;
    }

    /**
     * The expected calibration error of each class's probability against "is that class", over
     * {@link ClassificationMetrics#ECE_BINS} uniform bins ({@link Curves.Calibration#expectedCalibrationError}):
     * {@code result[c]} for class c. For two classes entry 1 is the binary
     * {@link ClassificationMetrics#expectedCalibrationError}.
     */
    public static double[] expectedCalibrationErrors(int[] y, double[][] proba, double[] w) {
        Curves.Calibration[] curves = calibration(y, proba, ClassificationMetrics.ECE_BINS, w);
        double[] out = new double[curves.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = curves[c].expectedCalibrationError();
        }
        return out;
    }
}
