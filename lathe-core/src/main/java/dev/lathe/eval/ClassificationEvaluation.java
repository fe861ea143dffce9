package dev.lathe.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A classifier's evaluation: accuracy, balanced accuracy, precision, recall and F1 (macro and weighted), ROC AUC
 * (binary, or one-vs-rest macro), average precision (binary, or one-vs-rest macro), log loss, Brier score (two
 * classes), Matthews correlation and Cohen's kappa, each with a bootstrap interval and the baseline's value; the
 * confusion matrix of the most probable class; and ROC, precision-recall and calibration curves (the positive
 * class, or each class against the rest). ROC AUC and average precision need every class among the targets;
 * where one is absent they are reported as not defined, with the reason, and the other metrics still are.
 *
 * @param classes   the model's classes; codes index them
 * @param rows      number of evaluation rows
 * @param metrics   the metrics, in the order above
 * @param confusion true class against most probable class, counts
 * @param curves    one entry for a binary model (the second class), else one per class
 */
public record ClassificationEvaluation(List<String> classes, int rows, List<MetricEstimate> metrics,
                                       ConfusionMatrix confusion, List<ClassCurves> curves) implements Evaluation {

    /** Copies the lists. */
    public ClassificationEvaluation {
        classes = List.copyOf(classes);
        metrics = List.copyOf(metrics);
        curves = List.copyOf(curves);
    }

    /** True class codes with probability rows, as the metrics take them. */
    private record Scored(int[] y, double[][] proba) {
    }

    /**
     * Evaluates probabilities {@code proba} against true codes {@code y}.
     *
     * @param classes  class names, one per probability column (at least 2)
     * @param baseline the baseline's probabilities for the same rows
     */
    public static ClassificationEvaluation of(int[] y, double[][] proba, double[][] baseline, List<String> classes,
                                              Bootstrap bootstrap) {
        int k = Inputs.proba(y, proba);
        Inputs.proba(y, baseline);
        if (k != classes.size() || baseline[0].length != k || k < 2) {
            throw new IllegalArgumentException("need at least 2 classes and one probability column per class; got "
                    + classes.size() + " classes, " + k + " model and " + baseline[0].length + " baseline columns");
        }
        List<NamedMetric<Scored>> metrics = metrics(classes);
        List<MetricEstimate> estimates = MetricEstimates.of(metrics, y.length, rows -> take(y, proba, rows),
                new Scored(y, baseline), bootstrap);
        ConfusionMatrix confusion = ConfusionMatrix.of(y, ClassificationMetrics.predicted(proba), k, null);
        List<ClassCurves> curves = new ArrayList<>();
        for (int c = k == 2 ? 1 : 0; c < k; c++) {
            curves.add(ClassCurves.of(y, proba, c, classes.get(c)));
        }
        return new ClassificationEvaluation(classes, y.length, estimates, confusion, curves);
    }

    private static Scored take(int[] y, double[][] proba, int[] rows) {
        int[] ty = new int[rows.length];
        double[][] tp = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            ty[i] = y[rows[i]];
            tp[i] = proba[rows[i]];
        }
        return new Scored(ty, tp);
    }

    private static List<NamedMetric<Scored>> metrics(List<String> classes) {
        List<NamedMetric<Scored>> out = new ArrayList<>();
        for (String name : List.of("accuracy", "balanced_accuracy", "precision_macro", "recall_macro", "f1_macro",
                "precision_weighted", "recall_weighted", "f1_weighted")) {
            out.add(registered(name, s -> null));
        }
        out.add(registered("roc_auc", s -> absentClasses(s.y(), classes, "ROC AUC")));
        out.add(registered("average_precision", s -> absentClasses(s.y(), classes, "average precision")));
        out.add(registered("log_loss", s -> null));
        out.add(registered("brier_score", s -> classes.size() == 2 ? null
                : "the Brier score (scikit-learn's brier_score_loss) needs two classes; the model has "
                + classes.size()));
        out.add(registered("matthews_corrcoef", s -> null));
        out.add(registered("cohen_kappa", s -> null));
        return out;
    }

    private static NamedMetric<Scored> registered(String name, java.util.function.Function<Scored, String> undefined) {
        Metric.Classification m = (Metric.Classification) Metric.of(name);
        return new NamedMetric<>(name, m.greaterIsBetter(), undefined, s -> m.score(s.y(), s.proba(), null));
    }

    /** Null when every class occurs in {@code y}, else why {@code metric} is not defined. */
    private static String absentClasses(int[] y, List<String> classes, String metric) {
        boolean[] seen = new boolean[classes.size()];
        for (int c : y) {
            seen[c] = true;
        }
        List<String> absent = IntStream.range(0, seen.length).filter(c -> !seen[c]).mapToObj(classes::get).toList();
        if (absent.isEmpty()) {
            return null;
        }
        return metric + " needs every class among the targets; " + (absent.size() == 1 ? "class " : "classes ")
                + absent.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "))
                + (absent.size() == 1 ? " does" : " do") + " not occur";
    }
}
