package dev.lathe.cli;

import dev.lathe.eval.ClassCurves;
import dev.lathe.eval.ClassificationEvaluation;
import dev.lathe.eval.Bootstrap;
import dev.lathe.eval.MetricEstimate;
import dev.lathe.eval.RegressionEvaluation;
import dev.lathe.pipeline.SavedPipeline;
import dev.lathe.tune.Curve;
import dev.lathe.tune.HoldOutEvaluation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code lathe evaluate --json}: the evaluation as data, with the content of the text output and the report:
 * metrics with intervals and baseline values ({@code null} where not defined, with {@code undefined} saying why),
 * the confusion matrix and curves or the residuals, the learning curve, and the model's provenance.
 */
final class EvaluationJson {

    private EvaluationJson() {
    }

    /** The JSON document, as maps and lists. */
    static Map<String, Object> of(SavedPipeline saved, HoldOutEvaluation.Result r, Bootstrap bootstrap, Path report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("model", saved.file().toString());
        doc.put("task", r.task().label());
        doc.put("target", r.target());
        doc.put("rows", r.evaluation().rows());
        doc.put("bootstrap", Map.of("resamples", bootstrap.resamples(), "level", bootstrap.level(),
                "seed", bootstrap.seed()));
        doc.put("baseline", Map.of("predicts", r.baseline(), "fitted_on", r.baselineSource().label()));
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (MetricEstimate m : r.evaluation().metrics()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("value", Json.number(m.value()));
            one.put("lower", Json.number(m.interval().lower()));
            one.put("upper", Json.number(m.interval().upper()));
            one.put("baseline", Json.number(m.baseline()));
            one.put("greater_is_better", m.greaterIsBetter());
            if (!m.defined()) {
                one.put("undefined", m.undefinedReason());
            }
            metrics.put(m.name(), one);
        }
        doc.put("metrics", metrics);
        if (r.evaluation() instanceof ClassificationEvaluation c) {
            doc.put("classes", c.classes());
            doc.put("confusion_matrix", c.confusion().toArray());
            doc.put("curves", c.curves().stream().map(EvaluationJson::curves).toList());
        } else {
            RegressionEvaluation e = (RegressionEvaluation) r.evaluation();
            doc.put("residuals", Map.of("predicted", e.predicted(), "residual", e.residuals()));
        }
        if (r.learningCurve() != null) {
            doc.put("learning_curve", learningCurve(r.learningCurve()));
        }
        if (r.biasVariance() != null) {
            doc.put("bias_variance", Map.of("loss", r.biasVariance().loss(), "rounds", r.biasVariance().rounds(),
                    "components", r.biasVariance().components()));
        }
        doc.put("provenance", Map.of("created", saved.created(), "lathe_version", saved.latheVersion(),
                "spec", saved.pipeline().provenance().spec(),
                "training_data_fingerprint", saved.pipeline().provenance().dataFingerprint(),
                "training_rows", saved.pipeline().provenance().trainingRows()));
        if (report != null) {
            doc.put("report", report.toString());
        }
        return doc;
    }

    private static Map<String, Object> curves(ClassCurves c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("class", c.label());
        m.put("prevalence", c.prevalence());
        if (c.roc() != null) {
            m.put("roc", Map.of("fpr", c.roc().fpr(), "tpr", c.roc().tpr(), "auc", c.roc().auc()));
            m.put("precision_recall", Map.of("recall", c.precisionRecall().recall(),
                    "precision", c.precisionRecall().precision(),
                    "average_precision", c.precisionRecall().averagePrecision()));
        }
        m.put("calibration", Map.of("mean_predicted", c.calibration().meanPredicted(),
                "fraction_positive", c.calibration().fractionPositive(),
                "count", Arrays.stream(c.calibration().weight()).mapToLong(Math::round).toArray()));
        return m;
    }

    private static Map<String, Object> learningCurve(Curve curve) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (Curve.Point p : curve.points()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("train_rows", p.value());
            m.put("mean_train", Json.number(p.trainSpread().mean()));
            m.put("std_train", Json.number(p.trainSpread().sd()));
            m.put("mean_validation", Json.number(p.validationSpread().mean()));
            m.put("std_validation", Json.number(p.validationSpread().sd()));
            points.add(m);
        }
        return Map.of("metric", curve.metric(), "points", points);
    }
}
