package dev.lathe.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Per-class precision, recall, F1 and (weighted) support with accuracy and the macro and weighted averages, as
 * scikit-learn's {@code classification_report(output_dict=True)}: one line per class present among the targets
 * or the predictions, zero divisions reported as 0.
 *
 * @param classes one line per present class, in class-code order
 * @param accuracy weighted share of right predictions
 * @param macro unweighted means over the class lines; support the total weight
 * @param weighted means weighted by each class's support; support the total weight
 */
public record ClassificationReport(List<Line> classes, double accuracy, Line macro, Line weighted) {

    /** One line of the report: a class name (or "macro avg", "weighted avg") and its scores. */
    public record Line(String label, double precision, double recall, double f1, double support) {
    }

    /** Copies the class lines so the report stays immutable. */
    public ClassificationReport {
        classes = List.copyOf(classes);
    }

    /**
     * The report of predicted codes {@code pred} against true codes {@code y}.
     *
     * @param names class names, indexed by code; every code must have one
     * @param w sample weights, {@code null} for equal weights
     */
    public static ClassificationReport of(int[] y, int[] pred, List<String> names, double[] w) {
        int k = Inputs.labels(y, pred);
        if (k > names.size()) {
            throw new IllegalArgumentException("class code " + (k - 1) + " has no name; " + names.size()
                    + " class names given");
        }
        ConfusionMatrix cm = ConfusionMatrix.of(y, pred, k, w);
        int[] present = IntStream.range(0, k).filter(cm::present).toArray();
        ClassificationMetrics.Prf prf = ClassificationMetrics.scores(cm, Average.MACRO, 1);
        List<Line> lines = new ArrayList<>();
        for (int j = 0; j < present.length; j++) {
            lines.add(new Line(names.get(present[j]), prf.precision()[j], prf.recall()[j], prf.f()[j],
                    prf.support()[j]));
        }
        double total = cm.total();
        Line macro = new Line("macro avg", prf.average(Average.MACRO, ClassificationMetrics.Prf.PRECISION),
                prf.average(Average.MACRO, ClassificationMetrics.Prf.RECALL),
                prf.average(Average.MACRO, ClassificationMetrics.Prf.F), total);
        Line weighted = new Line("weighted avg", prf.average(Average.WEIGHTED, ClassificationMetrics.Prf.PRECISION),
                prf.average(Average.WEIGHTED, ClassificationMetrics.Prf.RECALL),
                prf.average(Average.WEIGHTED, ClassificationMetrics.Prf.F), total);
        return new ClassificationReport(lines, ClassificationMetrics.accuracy(y, pred, w), macro, weighted);
    }
}
