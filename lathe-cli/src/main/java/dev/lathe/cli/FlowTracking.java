package dev.lathe.cli;

import dev.lathe.eval.MetricEstimate;
import dev.lathe.ops.flow.CandidateResult;
import dev.lathe.ops.flow.FlowResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code lathe run}'s tracking ({@link RunTracking}): the run gets the flow's name, seed and chosen model with
 * its hyperparameters as parameters, the test metrics, the verdict and task as tags, every candidate's search
 * trials as child runs ({@code <model>-trial-N}), and the run folder's files (report, model card, metrics,
 * leaderboard, spec, log) as artifacts, with the model when it was accepted.
 */
final class FlowTracking extends RunTracking {

    /** The run folder's files stored as artifacts, when present. */
    private static final List<String> FILES = List.of("flow.yaml", "metrics.json", "leaderboard.csv",
            "report.html", "model-card.md", "run.log", "timings.json");

    /** Starts the run when tracking is on, before the flow in {@code spec} runs. */
    void start(StoreOptions options, Path spec) {
        start(options, "lathe run " + spec.getFileName());
    }

    /**
     * Records a finished flow in the started run and ends it {@code FINISHED} (a rejected model or a failed
     * check is a finished run whose {@code verdict} tag says so).
     *
     * @return the run id, or null when tracking is off
     * @throws IOException when a file of the run folder cannot be stored
     */
    String finish(FlowResult r) throws IOException {
        if (!tracking()) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("flow", r.spec().name());
        params.put("seed", String.valueOf(r.spec().seed()));
        if (r.chosen() != null) {
            params.put("model", r.chosen().candidate().model());
            r.chosen().best().params().forEach((k, v) -> params.put(k, String.valueOf(v)));
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (r.evaluation() != null) {
            for (MetricEstimate m : r.headline()) {
                metrics.put(m.name(), m.value());
            }
        }
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("verdict", r.verdict().name().toLowerCase(Locale.ROOT));
        if (r.task() != null) {
            tags.put("task", r.task().label());
        }
        record(params, metrics, tags);
        for (CandidateResult c : r.candidates()) {
            recordTrials(c.search(), c.candidate().model() + "-");
        }
        Path folder = r.spec().output().dir();
        for (String name : FILES) {
            if (Files.isRegularFile(folder.resolve(name))) {
                artifact(name, folder.resolve(name));
            }
        }
        if (r.verdict().exitCode() == 0 && Files.isRegularFile(r.spec().output().model())) {
            artifact(TrainTracking.MODEL_ARTIFACT, r.spec().output().model());
        }
        return finished();
    }
}
