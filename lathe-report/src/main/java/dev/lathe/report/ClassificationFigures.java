package dev.lathe.report;

import dev.lathe.eval.ClassCurves;
import dev.lathe.eval.ClassificationEvaluation;
import dev.lathe.report.chart.ClassifierCurves;
import dev.lathe.report.chart.Curve;
import dev.lathe.report.chart.Heatmap;
import dev.lathe.report.html.DataTable;
import dev.lathe.report.html.Figure;
import dev.lathe.report.html.Section;
import dev.lathe.report.html.Severity;
import java.util.ArrayList;
import java.util.List;

/** The classification sections of an {@link EvaluationReport}: confusion matrix, then the threshold curves. */
final class ClassificationFigures {

    private ClassificationFigures() {
    }

    /** The confusion matrix section and the curves section. */
    static List<Section> sections(ClassificationEvaluation e) {
        Section confusion = Section.titled("Confusion matrix")
                .paragraph("Rows are the true classes, columns the most probable class; the diagonal is right.")
                .figure("Confusion matrix (counts)", Heatmap.of("Confusion matrix", prefixed("true ", e.classes()),
                        prefixed("predicted ", e.classes()), e.confusion().toArray(), Heatmap.Colouring.SEQUENTIAL));
        return List.of(confusion, curves(e));
    }

    private static List<String> prefixed(String prefix, List<String> classes) {
        return classes.stream().map(c -> prefix + c).toList();
    }

    private static Section curves(ClassificationEvaluation e) {
        boolean binary = e.classes().size() == 2;
        List<Curve> roc = new ArrayList<>();
        List<Curve> pr = new ArrayList<>();
        List<Curve> calibration = new ArrayList<>();
        List<String> unranked = new ArrayList<>();
        DataTable areas = DataTable.of("class", "share of rows", "ROC AUC", "average precision",
                "expected calibration error");
        for (ClassCurves c : e.curves()) {
            areas.row(c.label(), c.prevalence(), c.roc() == null ? null : c.roc().auc(),
                    c.roc() == null ? null : c.precisionRecall().averagePrecision(),
                    c.calibration().expectedCalibrationError());
            String name = binary ? c.label() : c.label() + " vs rest";
            if (c.roc() == null) {
                unranked.add(c.label());
            } else {
                roc.add(new Curve(name + " (AUC " + Numbers.format(c.roc().auc()) + ")", c.roc().fpr(), c.roc().tpr()));
                pr.add(new Curve(name + " (AP " + Numbers.format(c.precisionRecall().averagePrecision()) + ")",
                        c.precisionRecall().recall(), c.precisionRecall().precision()));
            }
            calibration.add(new Curve(name, c.calibration().meanPredicted(), c.calibration().fractionPositive()));
        }
        Section s = Section.titled("ROC, precision-recall and calibration")
                .paragraph(binary ? "Curves of the probability of '" + e.curves().get(0).label() + "'."
                        : "One curve per class, its probability against the other classes (one-vs-rest).");
        List<Figure> figures = new ArrayList<>();
        if (!roc.isEmpty()) {
            figures.add(new Figure("ROC", ClassifierCurves.roc("ROC curve", roc)));
            figures.add(new Figure("Precision-recall", ClassifierCurves.precisionRecall("Precision-recall curve", pr,
                    binary ? e.curves().get(0).prevalence() : Double.NaN)));
        }
        figures.add(new Figure("Calibration (" + ClassCurves.CALIBRATION_BINS + " bins)",
                ClassifierCurves.calibration("Calibration curve", calibration)));
        if (!unranked.isEmpty()) {
            s.note(Severity.WARNING, "no ROC or precision-recall curve for " + String.join(", ", unranked)
                    + ": the class is absent from the evaluation targets or the only one present");
        }
        return s.figures(figures).table(areas);
    }
}
