package dev.lathe.cli;

import dev.lathe.eval.Bootstrap;
import dev.lathe.eval.ClassificationEvaluation;
import dev.lathe.eval.MetricEstimate;
import dev.lathe.pipeline.SavedPipeline;
import dev.lathe.tune.Curve;
import dev.lathe.tune.HoldOutEvaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code lathe evaluate}'s text output: what was evaluated, a metrics table with the confidence interval and the
 * baseline's value (metrics not defined on these rows say why), the confusion matrix of a classifier, and the
 * learning curve when there is one.
 */
final class EvaluationText {

    private EvaluationText() {
    }

    /** Prints the evaluation of {@code saved} on the rows of file {@code data}. */
    static void print(PrintWriter out, SavedPipeline saved, Path data, HoldOutEvaluation.Result r, Bootstrap b) {
        out.printf(Locale.ROOT, "%s: %s of '%s' on %d rows of %s%n", saved.file().getFileName(), r.task().label(),
                r.target(), r.evaluation().rows(), data.getFileName());
        out.printf(Locale.ROOT, "baseline: %s, learned from the %s%n", r.baseline(), r.baselineSource().label());
        out.printf(Locale.ROOT, "%.0f%% intervals from %d bootstrap resamples (seed %d)%n%n", 100 * b.level(),
                b.resamples(), b.seed());
        out.printf(Locale.ROOT, "%-20s %10s %10s %10s %10s%n", "metric", "value", "lower", "upper", "baseline");
        for (MetricEstimate m : r.evaluation().metrics()) {
            if (m.defined()) {
                out.printf(Locale.ROOT, "%-20s %10s %10s %10s %10s%n", m.name(), number(m.value()),
                        number(m.interval().lower()), number(m.interval().upper()), number(m.baseline()));
            } else {
                out.printf(Locale.ROOT, "%-20s not defined: %s%n", m.name(), m.undefinedReason());
            }
        }
        if (r.evaluation() instanceof ClassificationEvaluation c) {
            confusion(out, c);
        }
        if (r.learningCurve() != null) {
            Curve curve = r.learningCurve();
            out.printf(Locale.ROOT, "%nlearning curve (%s, %d-fold cross-validation on the training data)%n",
                    curve.metric(), HoldOutEvaluation.FOLDS);
            out.printf(Locale.ROOT, "%10s %10s %12s%n", "train_rows", "train", "validation");
            for (Curve.Point p : curve.points()) {
                out.printf(Locale.ROOT, "%10s %10s %12s%n", p.value(), number(p.trainSpread().mean()),
                        number(p.validationSpread().mean()));
            }
        }
        if (r.biasVariance() != null) {
            HoldOutEvaluation.Decomposition d = r.biasVariance();
            out.printf(Locale.ROOT, "%nbias and variance (%s loss, %d bootstrap refits on the training data)%n",
                    d.loss().replace('_', '-'), d.rounds());
            d.components().forEach((name, value) -> out.printf(Locale.ROOT, "%-20s %10s%n", name, number(value)));
        }
    }

    private static void confusion(PrintWriter out, ClassificationEvaluation c) {
        List<String> classes = c.classes();
        int width = Math.max(8, classes.stream().mapToInt(String::length).max().orElse(0) + 1);
        out.printf(Locale.ROOT, "%nconfusion matrix (rows true class, columns predicted)%n%" + width + "s", "");
        for (String label : classes) {
            out.printf(Locale.ROOT, " %" + width + "s", label);
        }
        out.println();
        double[][] counts = c.confusion().toArray();
        for (int t = 0; t < classes.size(); t++) {
            out.printf(Locale.ROOT, "%" + width + "s", classes.get(t));
            for (double v : counts[t]) {
                out.printf(Locale.ROOT, " %" + width + "d", Math.round(v));
            }
            out.println();
        }
    }

    /** Four decimals, or scientific notation where that would hide the value. */
    private static String number(double v) {
        double a = Math.abs(v);
        return a != 0 && (a >= 1e6 || a < 1e-3) ? String.format(Locale.ROOT, "%.3e", v)
                : String.format(Locale.ROOT, "%.4f", v);
    }
}
