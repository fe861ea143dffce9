package dev.lathe.cli;

import dev.lathe.ops.tracking.Metric;
import dev.lathe.ops.tracking.Run;
import dev.lathe.ops.tracking.RunSpec;
import dev.lathe.ops.tracking.RunStatus;
import dev.lathe.ops.tracking.TrackingStore;
import dev.lathe.pipeline.Training;
import dev.lathe.tune.SearchResult;
import dev.lathe.tune.Trial;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Option;

/**
 * {@code lathe train}'s tracking options. As with MLflow, a training is recorded only when tracking is
 * configured: {@code --store} or {@code LATHE_STORE} names a store, or {@code --track} asks for the default
 * one ({@code .lathe/} here). The run starts before the training (and ends {@code FAILED} if it fails); it
 * gets the hyperparameters and model name as parameters, the test metrics, the task and row counts as tags,
 * the fitted pipeline as the artifact {@code model.lathe}, and a search's trials as child runs.
 */
final class TrainTracking {

    /** The artifact name of the fitted pipeline in a tracked run. */
    static final String MODEL_ARTIFACT = "model.lathe";

    @Option(names = "--track", description = "Record the training as a run in the tracking store (on anyway when "
            + "--store or LATHE_STORE names a store).")
    boolean track;

    @Option(names = "--experiment", defaultValue = "Default", paramLabel = "NAME",
            description = "Experiment of the tracked run (default ${DEFAULT-VALUE}).")
    String experiment;

    @Option(names = "--run-name", paramLabel = "NAME", description = "Name of the tracked run.")
    String runName;

    private TrackingStore store;
    private Run run;

    /**
     * Starts the run ({@code RUNNING}) when tracking is on, before the training.
     *
     * @param options the store options
     * @param data the training file
     */
    void start(StoreOptions options, Path data) {
        if (!track && !options.configured()) {
            return;
        }
        store = options.open();
        run = store.runs().start(RunSpec.in(experiment).named(runName)
                .from("lathe train " + data.getFileName(), gitCommit()));
    }

    /**
     * Records a finished training in the started run and ends it {@code FINISHED}; a search's trials become
     * child runs with their hyperparameters and mean cross-validation scores.
     *
     * @param model the model name
     * @param r the training result
     * @param search the hyperparameter search, or null
     * @param saved the saved model file, or null when not saved (then a temporary copy is stored)
     * @return the run id, or null when tracking is off
     * @throws IOException when the model cannot be written for storing
     */
    String finish(String model, Training.Result r, SearchResult search, Path saved) throws IOException {
        if (run == null) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("model", model);
        r.params().forEach((k, v) -> params.put(k, String.valueOf(v)));
        store.log().logParams(run.id(), params);
        long now = System.currentTimeMillis();
        List<Metric> metrics = new ArrayList<>();
        r.metrics().forEach((k, v) -> metrics.add(new Metric(k, v, 0, now)));
        store.log().logMetrics(run.id(), metrics);
        store.log().setTags(run.id(), Map.of("task", r.task().label(), "train_rows", String.valueOf(r.trainRows()),
                "test_rows", String.valueOf(r.testRows())));
        if (search != null) {
            for (Trial t : search.trials()) {
                recordTrial(t, search.metrics(), now);
            }
        }
        storeModel(store, run.id(), r, saved);
        store.runs().end(run.id(), RunStatus.FINISHED);
        return run.id();
    }

    /** Ends the started run {@code FAILED} (nothing happens when tracking is off). */
    void fail() {
        if (run != null) {
            store.runs().end(run.id(), RunStatus.FAILED);
        }
    }

    private void recordTrial(Trial t, List<String> metricNames, long now) {
        Run child = store.runs().start(RunSpec.in(experiment).named("trial-" + t.number()).childOf(run.id()));
        Map<String, String> params = new LinkedHashMap<>();
        t.params().forEach((k, v) -> params.put(k, String.valueOf(v)));
        store.log().logParams(child.id(), params);
        List<Metric> means = new ArrayList<>();
        metricNames.forEach(m -> means.add(new Metric(m, t.mean(m), 0, now)));
        store.log().logMetrics(child.id(), means);
        store.log().setTags(child.id(), Map.of("pruned", String.valueOf(t.pruned())));
        store.runs().end(child.id(), t.pruned() ? RunStatus.KILLED : RunStatus.FINISHED);
    }

    private static void storeModel(TrackingStore s, String runId, Training.Result r, Path saved) throws IOException {
        if (saved != null) {
            s.artifacts().log(runId, MODEL_ARTIFACT, saved);
            return;
        }
        Path tmp = Files.createTempDirectory("lathe-train");
        try {
            Path file = tmp.resolve(MODEL_ARTIFACT);
            r.pipeline().save(file);
            s.artifacts().log(runId, MODEL_ARTIFACT, file);
            Files.delete(file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The commit checked out in the working directory, or null outside a git repository or without git. */
    private static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 && out.matches("[0-9a-f]{40}") ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
