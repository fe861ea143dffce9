package dev.lathe.report;

import dev.lathe.eval.ClassificationEvaluation;
import dev.lathe.eval.MetricEstimate;
import dev.lathe.eval.RegressionEvaluation;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.SavedPipeline;
import dev.lathe.pipeline.Provenance;
import dev.lathe.report.chart.ScoreBand;
import dev.lathe.report.chart.ScoreCurves;
import dev.lathe.report.html.DataTable;
import dev.lathe.report.html.Report;
import dev.lathe.report.html.Section;
import dev.lathe.report.html.Severity;
import dev.lathe.tune.Curve;
import dev.lathe.tune.HoldOutEvaluation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report of {@code lathe evaluate}: a summary with findings (does the model beat the baseline?), the metrics
 * with their confidence intervals next to the baseline's, the task's diagnostics (classification: confusion
 * matrix, ROC, precision-recall and calibration curves; regression: residuals against fitted values, their Q-Q
 * plot and histogram), the learning curve when training data was given, and the model's provenance from its
 * file. It only draws what {@link HoldOutEvaluation} computed.
 */
public final class EvaluationReport {

    private EvaluationReport() {
    }

    /**
     * The report.
     *
     * @param model     the model as loaded from its file
     * @param dataName  what the evaluation rows are called (a file name), for the title
     * @param result    the evaluation
     * @param bootstrap how the intervals were computed, for the subtitle (for example "1000 resamples, 95%")
     */
    public static Report of(SavedPipeline model, String dataName, HoldOutEvaluation.Result result, String bootstrap) {
        return of(model, dataName, result, bootstrap, List.of());
    }

    /**
     * The report with more sections (for example {@link ExplanationReport#sections}) placed before the
     * model's provenance.
     */
    public static Report of(SavedPipeline model, String dataName, HoldOutEvaluation.Result result, String bootstrap,
                            List<Section> more) {
        Report report = Report.titled("Model evaluation: " + model.file().getFileName() + " on " + dataName)
                .subtitle(result.task().label() + " of '" + result.target() + "', " + result.evaluation().rows()
                        + " rows never used in fitting; intervals from a percentile bootstrap (" + bootstrap + ")");
        sections(result).forEach(report::section);
        more.forEach(report::section);
        return report.section(provenance(model));
    }

    /**
     * The sections that draw an evaluation, in order: summary, metrics, the task's diagnostics, and the
     * learning curve and bias-variance decomposition when there are; a flow's report places them among its own.
     */
    public static List<Section> sections(HoldOutEvaluation.Result result) {
        List<Section> out = new ArrayList<>(List.of(summary(result), metrics(result)));
        if (result.evaluation() instanceof ClassificationEvaluation c) {
            out.addAll(ClassificationFigures.sections(c));
        } else {
            out.add(RegressionFigures.section((RegressionEvaluation) result.evaluation()));
        }
        if (result.learningCurve() != null) {
            out.add(learningCurve(result.learningCurve()));
        }
        if (result.biasVariance() != null) {
            out.add(biasVariance(result.biasVariance()));
        }
        return out;
    }

    /** Shape of the evaluation and what the baseline is, with findings on the headline metric. */
    private static Section summary(HoldOutEvaluation.Result result) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("task", result.task().label());
        facts.put("target", result.target());
        facts.put("rows", result.evaluation().rows());
        if (result.evaluation() instanceof ClassificationEvaluation c) {
            facts.put("classes", String.join(", ", c.classes()));
        }
        facts.put("baseline", result.baseline() + ", learned from the " + result.baselineSource().label());
        Section s = Section.titled("Summary").keyValues(facts);
        MetricEstimate headline = result.evaluation().metric(result.evaluation() instanceof ClassificationEvaluation
                ? "accuracy" : "r2");
        boolean beats = headline.greaterIsBetter() ? headline.interval().lower() > headline.baseline()
                : headline.interval().upper() < headline.baseline();
        s.note(beats ? Severity.INFO : Severity.WARNING, String.format(Locale.ROOT,
                "%s %s: %s (interval %s to %s) against the baseline's %s", headline.name(),
                beats ? "beats the baseline" : "does not clearly beat the baseline", Numbers.format(headline.value()),
                Numbers.format(headline.interval().lower()), Numbers.format(headline.interval().upper()),
                Numbers.format(headline.baseline())));
        for (MetricEstimate m : result.evaluation().metrics()) {
            if (!m.defined()) {
                s.note(Severity.INFO, m.name() + " is not defined: " + m.undefinedReason());
            }
        }
        return s;
    }

    /** One row per metric: value, interval, baseline; a dash and the reason where not defined. */
    private static Section metrics(HoldOutEvaluation.Result result) {
        DataTable table = DataTable.of("metric", "value", "lower", "upper", "baseline", "better is", "note");
        for (MetricEstimate m : result.evaluation().metrics()) {
            table.row(m.name(), number(m.value()), number(m.interval().lower()), number(m.interval().upper()),
                    number(m.baseline()), m.greaterIsBetter() ? "higher" : "lower",
                    m.defined() ? null : "not defined: " + m.undefinedReason());
        }
        return Section.titled("Metrics")
                .paragraph("Each metric on the evaluation rows, its confidence interval, and the same metric of the "
                        + "baseline (" + result.baseline() + ", learned from the " + result.baselineSource().label()
                        + ") on the same rows.")
                .table(table);
    }

    private static Double number(double v) {
        return Double.isNaN(v) ? null : v;
    }

    /** Training and validation score against training rows, mean and spread over the folds. */
    private static Section learningCurve(Curve curve) {
        int n = curve.points().size();
        double[] rows = new double[n];
        double[][] train = new double[2][n];
        double[][] validation = new double[2][n];
        for (int i = 0; i < n; i++) {
            Curve.Point p = curve.points().get(i);
            rows[i] = ((Number) p.value()).doubleValue();
            train[0][i] = p.trainSpread().mean();
            train[1][i] = p.trainSpread().sd();
            validation[0][i] = p.validationSpread().mean();
            validation[1][i] = p.validationSpread().sd();
        }
        return Section.titled("Learning curve")
                .paragraph("The model's specification refitted on growing shares of the training data, "
                        + HoldOutEvaluation.FOLDS + "-fold cross-validation; bands are one standard deviation over the "
                        + "folds. A gap that stays wide as rows grow points to variance; two low curves to bias.")
                .figure("Learning curve (" + curve.metric() + ")", ScoreCurves.learningCurve("Learning curve", rows,
                        new ScoreBand(train[0], train[1]), new ScoreBand(validation[0], validation[1]),
                        curve.metric()));
    }

    /** The test error split into bias and variance over bootstrap refits on the training data. */
    private static Section biasVariance(HoldOutEvaluation.Decomposition d) {
        String how = d.loss().equals("squared")
                ? "Squared loss: expected_loss = main_loss + variance, where main_loss is the error of the "
                + "mean prediction over the refits (bias squared and noise together) and variance is how far "
                + "single refits stray from that mean."
                : "0-1 loss after Domingos (2000): the main prediction is each row's most frequent label over the "
                + "refits; bias is the share of rows it gets wrong, variance the share of refits that disagree "
                + "with it; expected_loss = bias + net_variance (variance on rows the main prediction gets "
                + "right adds to the loss, on rows it gets wrong it subtracts).";
        return Section.titled("Bias and variance")
                .paragraph("The model's specification refitted on " + d.rounds() + " bootstrap samples of the "
                        + "training data and scored on the evaluation rows. " + how)
                .keyValues(d.components());
    }

    /** What the model file says about where the model came from. */
    @SuppressWarnings("unchecked")
    private static Section provenance(SavedPipeline model) {
        FittedPipeline p = model.pipeline();
        Provenance prov = p.provenance();
        Map<String, Object> estimator = (Map<String, Object>) prov.spec().get("estimator");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) prov.spec().get("steps");
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("file", model.file().toString());
        facts.put("created", model.created());
        facts.put("Lathe version", model.latheVersion());
        facts.put("estimator", estimator.get("name"));
        facts.put("hyperparameters", String.valueOf(estimator.get("params")));
        facts.put("preparation", String.join(" \u2192 ", steps.stream().map(s -> String.valueOf(s.get("name")))
                .toList()));
        facts.put("training rows", prov.trainingRows());
        facts.put("training data fingerprint", prov.dataFingerprint());
        prov.metrics().forEach((k, v) -> facts.put("metric at training: " + k, v));
        return Section.titled("Model provenance").keyValues(facts);
    }
}
