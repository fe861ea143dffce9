package dev.lathe.ops.flow;

import dev.lathe.eval.Bootstrap;
import dev.lathe.eval.MetricEstimate;
import dev.lathe.frame.Frame;
import dev.lathe.model.Task;
import dev.lathe.ops.flow.checks.CheckContext;
import dev.lathe.ops.flow.checks.CheckResult;
import dev.lathe.ops.flow.checks.DataChecks;
import dev.lathe.ops.flow.explain.Explainer;
import dev.lathe.ops.flow.explain.Explanation;
import dev.lathe.ops.flow.explain.PermutationImportance;
import dev.lathe.ops.flow.report.ExplorationSection;
import dev.lathe.ops.flow.spec.FlowSpec;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.split.TrainTestSplit;
import dev.lathe.tune.HoldOutEvaluation;
import dev.lathe.tune.PipelineParams;
import dev.lathe.tune.Scorer;
import dev.lathe.tune.Scorers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a flow spec ({@code lathe run}): data checks, exploration, split, the candidates' cross-validated search,
 * the best pipeline refitted on all training rows, one score on the held-out test rows, explanations, the
 * acceptance gate, then the model, the run folder, the report and the model card. Outputs are staged and moved
 * into place only when the run completes ({@link RunFolder}); a run whose checks fail or whose model is rejected
 * still writes its run folder and report, but never the model.
 *
 * @param explainer   how the chosen model is explained (permutation importance by default)
 * @param exploration the report's exploration section ({@link ExplorationSection#full} by default)
 * @param now         the instant freshness checks measure against when the spec gives none
 */
public record FlowRunner(Explainer explainer, ExplorationSection exploration, Instant now) {

    /** Permutation importance, the data-quality summary, and the current instant. */
    public FlowRunner() {
        this(new PermutationImportance(), ExplorationSection.full(), Instant.now());
    }

    /**
     * Runs {@code spec}, telling {@code listener} how it advances.
     *
     * @throws dev.lathe.ops.flow.spec.FlowSpecException when the spec does not fit the data (exit code 2)
     * @throws IOException when a file cannot be read or written
     */
    public FlowResult run(FlowSpec spec, FlowListener listener) throws IOException {
        Timings timings = new Timings();
        RunLog log = new RunLog(listener, timings);
        try (RunFolder folder = RunFolder.open(spec.output().dir())) {
            log.stage(Stage.CHECKS);
            FlowData data = FlowData.read(spec.data());
            List<CheckResult> checks = spec.checks().run(new CheckContext(data.train(), spec.data().target(),
                    spec.data().id(), spec.data().time(), now));
            checks.forEach(c -> log.note(c.line()));
            if (!DataChecks.allPassed(checks)) {
                FlowResult failed = FlowResult.checksFailed(spec, checks, data.train(), timings);
                log.note("verdict: " + failed.verdict().name().toLowerCase(Locale.ROOT) + "; "
                        + checks.stream().filter(c -> !c.passed()).count() + " check(s) failed, nothing was modelled");
                write(failed, folder, log, null);
                return failed;
            }
            Task task = Task.of(data.train().column(spec.data().target()));
            FlowPipelines pipelines = new FlowPipelines(spec, task);
            SpecAgainstData.check(spec, data, task, pipelines);
            log.stage(Stage.EXPLORE);
            log.note("exploring " + data.train().rowCount() + " rows, " + data.train().columnCount() + " columns");
            log.stage(Stage.SPLIT);
            FlowResult.Split split = split(spec, data, task, pipelines);
            log.note(split.method() + ": " + split.train().rowCount() + " training rows, " + split.test().rowCount()
                    + " test rows");
            log.stage(Stage.SEARCH);
            List<CandidateResult> candidates = CandidateSearch.run(spec, pipelines, split.train(), task,
                    split.timeOrdered(), listener);
            candidates.forEach(c -> log.note(String.format(Locale.ROOT, "%s: best cross-validated %s %.6g (trial %d)",
                    c.candidate().model(), spec.rankingMetric(), c.bestScore(), c.best().number())));
            CandidateResult chosen = CandidateSearch.best(candidates);
            log.stage(Stage.REFIT);
            Pipeline best = PipelineParams.with(chosen.pipeline(), chosen.best().params());
            FittedPipeline fitted = best.fit(split.train(), spec.data().target());
            log.note("chose " + chosen.candidate().model() + " " + chosen.best().params() + ", refitted on "
                    + split.train().rowCount() + " rows");
            log.stage(Stage.EVALUATE);
            HoldOutEvaluation.Result evaluation = new HoldOutEvaluation(new Bootstrap(spec.evaluate().bootstrap(),
                    Bootstrap.DEFAULT_LEVEL, spec.seed())).run(fitted, split.test(), split.train(),
                    spec.evaluate().curves() ? features -> PipelineParams.with(
                            pipelines.of(chosen.candidate().model(), chosen.candidate().params(), features),
                            chosen.best().params()) : null);
            fitted = fitted.withMetrics(testMetrics(evaluation));
            Scorer success = Scorers.named(spec.design().success().metric());
            double value = success.score(fitted, split.test(), spec.data().target());
            timings.latency(latencyMs(fitted, split.test()));
            log.note(String.format(Locale.ROOT, "test %s %.6g on %d rows", success.name(), value,
                    split.test().rowCount()));
            Explanation explanation = null;
            if (spec.evaluate().explain()) {
                log.stage(Stage.EXPLAIN);
                explanation = explainer.explain(fitted, split.test(), success, spec.seed());
                log.note("most important: " + explanation.features().stream().limit(3)
                        .map(Explanation.Importance::feature).toList());
            }
            log.stage(Stage.ACCEPT);
            Path model = folder.staged(spec.output().model());
            fitted.save(model, Map.of("flow", spec.name()));
            timings.modelSize(Files.size(model) / 1e6);
            FittedPipeline baseline = pipelines.of(spec.design().baseline(), Map.of(), split.train())
                    .fit(split.train(), spec.data().target());
            Acceptance acceptance = Acceptance.judge(spec.design(), value,
                    success.score(baseline, split.test(), spec.data().target()), timings.latencyMs(),
                    timings.modelSizeMb());
            acceptance.failures().forEach(f -> log.note("rejected: " + f));
            FlowResult result = new FlowResult(spec, acceptance.passed() ? Verdict.ACCEPTED : Verdict.REJECTED, checks,
                    data.train(), task, split, candidates, chosen, fitted, evaluation, explanation, acceptance, timings);
            log.note("verdict: " + result.verdict().name().toLowerCase(Locale.ROOT));
            if (!acceptance.passed()) {
                folder.discard(model);
            }
            write(result, folder, log, acceptance.passed() ? spec.output().model() : null);
            return result;
        }
    }

    private void write(FlowResult result, RunFolder folder, RunLog log, Path model) throws IOException {
        log.stage(Stage.WRITE);
        FlowSpec spec = result.spec();
        folder.write("flow.yaml", spec.text());
        folder.write("metrics.json", RunRecords.metricsJson(result));
        if (result.candidates() != null) {
            folder.write("leaderboard.csv", RunRecords.leaderboardCsv(result));
        }
        dev.lathe.ops.flow.report.FlowReport.of(result, exploration).write(folder.staged(spec.output().report()));
        folder.write("model-card.md", dev.lathe.ops.flow.report.ModelCard.markdown(result));
        log.note("wrote " + spec.output().dir() + (model == null ? "" : " and " + model));
        result.timings().end();
        folder.write("timings.json", RunRecords.json(result.timings().toMap()));
        folder.write("run.log", log.text());
        folder.commit();
    }

    private static FlowResult.Split split(FlowSpec spec, FlowData data, Task task, FlowPipelines pipelines) {
        Frame rows = pipelines.modelling(data.train());
        if (data.test() != null) {
            return new FlowResult.Split(rows, pipelines.modelling(data.test()), "test rows from "
                    + spec.data().test().label(), false);
        }
        String method = spec.split().method();
        if (method.equals("auto")) {
            method = spec.data().time() != null ? "time" : task == Task.CLASSIFICATION ? "stratified" : "random";
        }
        double size = spec.split().testSize();
        TrainTestSplit splitter = switch (method) {
            case "time" -> TrainTestSplit.time(size, spec.data().time(), 0);
            case "stratified" -> TrainTestSplit.stratified(size, spec.seed());
            default -> new TrainTestSplit(size, spec.seed());
        };
        TrainTestSplit.Parts parts = splitter.frames(rows, spec.data().target());
        return new FlowResult.Split(parts.train(), parts.test(), String.format(Locale.ROOT, "%s split, %s of rows "
                + "held out%s", method, size, method.equals("time") ? " (the newest by " + spec.data().time() + ")"
                : " (seed " + spec.seed() + ")"), method.equals("time"));
    }

    /** Every defined test metric's value, for the model file's provenance. */
    private static Map<String, Double> testMetrics(HoldOutEvaluation.Result evaluation) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (MetricEstimate m : evaluation.evaluation().metrics()) {
            if (m.defined()) {
                out.put(m.name(), m.value());
            }
        }
        return out;
    }

    /** Milliseconds per row of predicting the test rows, after one warm-up pass. */
    private static double latencyMs(FittedPipeline fitted, Frame test) {
        fitted.predict(test);
        long start = System.nanoTime();
        fitted.predict(test);
        return (System.nanoTime() - start) / 1e6 / Math.max(1, test.rowCount());
    }
}
