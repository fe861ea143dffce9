package dev.lathe.ops.flow.report;

import dev.lathe.ops.flow.Acceptance;
import dev.lathe.ops.flow.CandidateResult;
import dev.lathe.ops.flow.FlowResult;
import dev.lathe.ops.flow.Verdict;
import dev.lathe.ops.flow.checks.CheckResult;
import dev.lathe.ops.flow.explain.Explanation;
import dev.lathe.ops.flow.spec.Design;
import dev.lathe.ops.flow.spec.FlowSpec;
import dev.lathe.ops.flow.spec.StepSpec;
import dev.lathe.report.EvaluationReport;
import dev.lathe.report.html.DataTable;
import dev.lathe.report.html.Report;
import dev.lathe.report.html.Section;
import dev.lathe.report.html.Severity;
import dev.lathe.tune.Spread;
import dev.lathe.tune.Trial;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one HTML report of a flow run, every stage in order: design, data checks, exploration, preparation,
 * leaderboard, evaluation, explanations, verdict. A run stopped by its checks shows design, checks and verdict.
 */
public final class FlowReport {

    /** Trials listed in the leaderboard. */
    static final int TOP_TRIALS = 15;

    private FlowReport() {
    }

    /**
     * The report of {@code result}.
     *
     * @param exploration builds the exploration section from the training rows
     */
    public static Report of(FlowResult result, ExplorationSection exploration) {
        FlowSpec spec = result.spec();
        Report report = Report.titled("Flow: " + spec.name())
                .subtitle(spec.design().useCase() + " \u2014 verdict: " + verdictWord(result.verdict()));
        report.section(design(result)).section(checks(result.checks()));
        if (result.verdict() != Verdict.CHECKS_FAILED) {
            report.section(exploration.build(result.train(), spec.data().target()))
                    .section(preparation(result)).section(leaderboard(result));
            Section evaluation = Section.titled("Evaluation on the test rows").paragraph("The chosen pipeline, refitted "
                    + "on all " + result.split().train().rowCount() + " training rows, scored once on the "
                    + result.split().test().rowCount() + " held-out test rows; 95% percentile bootstrap intervals ("
                    + spec.evaluate().bootstrap() + " resamples, seed " + spec.seed() + ").");
            EvaluationReport.sections(result.evaluation()).forEach(evaluation::subsection);
            report.section(evaluation);
            if (result.explanation() != null) {
                report.section(explanations(result.explanation()));
            }
        }
        return report.section(verdict(result));
    }

    static String verdictWord(Verdict v) {
        return switch (v) {
            case ACCEPTED -> "accepted";
            case REJECTED -> "rejected";
            case CHECKS_FAILED -> "stopped by the data checks";
        };
    }

    private static Section design(FlowResult result) {
        FlowSpec spec = result.spec();
        Design d = spec.design();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("use case", d.useCase());
        facts.put("priority", d.priority());
        facts.put("owner", d.owner());
        facts.put("success metric", d.success().toString() + " on the held-out test rows");
        facts.put("baseline to beat", d.baseline());
        facts.put("latency budget", d.latencyMs() == null ? "none" : d.latencyMs() + " ms per row");
        facts.put("model size budget", d.modelSizeMb() == null ? "none" : d.modelSizeMb() + " MB");
        facts.put("training data", spec.data().train().label() + " (" + result.train().rowCount() + " rows, "
                + result.train().columnCount() + " columns)");
        facts.put("test data", spec.data().test() == null ? "held out of the training data"
                : spec.data().test().label());
        facts.put("target", spec.data().target() + (result.task() == null ? "" : " (" + result.task().label() + ")"));
        facts.put("seed", spec.seed());
        return Section.titled("Design").keyValues(facts);
    }

    private static Section checks(List<CheckResult> checks) {
        DataTable table = DataTable.of("check", "subject", "result", "observed", "expected");
        Section s = Section.titled("Data checks").paragraph("Data-availability checks on the training data, run before "
                + "any modelling; the run stops when one fails.");
        for (CheckResult c : checks) {
            table.row(c.check(), c.subject(), c.passed() ? "pass" : "FAIL", c.observed(), c.expected());
            if (!c.passed()) {
                s.note(Severity.CRITICAL, c.line());
            }
        }
        return s.table(table);
    }

    private static Section preparation(FlowResult result) {
        FlowSpec spec = result.spec();
        Section s = Section.titled("Preparation").paragraph(result.split().method() + ": "
                + result.split().train().rowCount() + " training rows, " + result.split().test().rowCount()
                + " test rows. Every step below is learned from training rows only, inside each cross-validation "
                + "fold too.");
        if (spec.prep() == null) {
            return s.paragraph("No prep section: the default preparation of lathe train (date parts, most-frequent "
                    + "and median imputation, one-hot encoding, standard scaling for models that want it).");
        }
        DataTable table = DataTable.of("step", "hyperparameters");
        for (StepSpec step : spec.prep()) {
            table.row(step.name(), String.valueOf(step.step().params()));
        }
        return s.table(table);
    }

    private static Section leaderboard(FlowResult result) {
        FlowSpec spec = result.spec();
        String metric = spec.rankingMetric();
        Section s = Section.titled("Leaderboard").paragraph(String.format(Locale.ROOT, "Each candidate's %s search "
                + "(%d trials at most, %d-fold cross-validation on the training rows), ranked by %s. Chosen: %s.",
                spec.tune().method(), spec.tune().trials(), spec.tune().folds(), metric,
                result.chosen().candidate().model()));
        DataTable best = DataTable.of("model", "trials", "best " + metric + " mean", "sd", "best hyperparameters");
        for (CandidateResult c : result.candidates()) {
            Spread sp = c.best().cv().spread(metric);
            best.row(c.candidate().model(), c.search().trials().size(), sp.mean(), sp.sd(), params(c.best()));
        }
        s.table(best);
        DataTable trials = DataTable.of("model", "trial", metric + " mean", "sd", "hyperparameters");
        boolean greater = result.chosen().search().scorers().get(0).greaterIsBetter();
        record Row(String model, Trial trial) {
        }
        List<Row> rows = new java.util.ArrayList<>();
        result.candidates().forEach(c -> c.search().trials().forEach(t -> rows.add(new Row(c.candidate().model(), t))));
        rows.sort(java.util.Comparator.comparingDouble(r -> {
            double v = r.trial().mean(metric);
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : greater ? -v : v;
        }));
        for (Row r : rows.subList(0, Math.min(TOP_TRIALS, rows.size()))) {
            Spread sp = r.trial().cv().spread(metric);
            trials.row(r.model(), r.trial().number(), sp.mean(), sp.sd(), params(r.trial()));
        }
        return s.subsection(Section.titled("Best trials").table(trials));
    }

    private static String params(Trial t) {
        return t.params().isEmpty() ? "(defaults)" : t.params().toString();
    }

    private static Section explanations(Explanation e) {
        DataTable table = DataTable.of("feature", "importance (loss of " + e.metric() + ")", "sd");
        e.features().forEach(i -> table.row(i.feature(), i.mean(), i.sd()));
        return Section.titled("Explanations").paragraph("Feature importance by " + e.method()
                + ": how much the test score drops when the feature's values are shuffled.").table(table);
    }

    private static Section verdict(FlowResult result) {
        Section s = Section.titled("Verdict");
        if (result.verdict() == Verdict.CHECKS_FAILED) {
            return s.note(Severity.CRITICAL, "Stopped: " + result.checks().stream().filter(c -> !c.passed()).count()
                    + " data check(s) failed; nothing was modelled and no model was saved.");
        }
        Acceptance a = result.acceptance();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("chosen model", result.chosen().candidate().model() + " " + params(result.chosen().best()));
        facts.put("test " + a.threshold().metric(), a.value());
        facts.put("threshold", a.threshold().toString());
        facts.put("baseline '" + a.baseline() + "'", a.baselineValue());
        result.headline().forEach(m -> facts.put("test " + m.name() + " (95% interval)", String.format(Locale.ROOT,
                "%.4f (%.4f to %.4f)", m.value(), m.interval().lower(), m.interval().upper())));
        s.keyValues(facts);
        if (a.passed()) {
            return s.note(Severity.INFO, "Accepted: the model meets " + a.threshold() + " and beats the baseline on "
                    + "the test rows; it was saved.");
        }
        a.failures().forEach(f -> s.note(Severity.CRITICAL, "Rejected: " + f));
        return s.paragraph("The model was not saved.");
    }
}
