package dev.lathe.eval;

/**
 * The threshold curves of one class's probability against the rest: a binary model's positive (second) class,
 * or each class of a multi-class model in turn (one-vs-rest).
 *
 * @param label           the class
 * @param prevalence      share of evaluation rows of this class (the precision-recall no-skill line)
 * @param roc             ROC curve; null when the class is absent from the targets or the only one present
 * @param precisionRecall precision-recall curve; null exactly when {@code roc} is
 * @param calibration     reliability curve over {@value #CALIBRATION_BINS} uniform bins; always present
 */
public record ClassCurves(String label, double prevalence, Curves.Roc roc, Curves.PrecisionRecall precisionRecall,
                          Curves.Calibration calibration) {

    /** Bins of the calibration curve. */
    public static final int CALIBRATION_BINS = 10;

    /** The curves of class code {@code positive} of probabilities {@code proba} against codes {@code y}. */
    static ClassCurves of(int[] y, double[][] proba, int positive, String label) {
        double[] score = new double[y.length];
        int count = 0;
        for (int i = 0; i < y.length; i++) {
            score[i] = proba[i][positive];
            count += y[i] == positive ? 1 : 0;
        }
        boolean ranked = count > 0 && count < y.length;
        return new ClassCurves(label, (double) count / y.length,
                ranked ? Curves.roc(y, score, positive, null) : null,
                ranked ? Curves.precisionRecall(y, score, positive, null) : null,
                Curves.calibration(y, score, positive, CALIBRATION_BINS, null));
    }
}
