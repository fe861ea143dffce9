package dev.lathe.cli;

import dev.lathe.ops.tracking.Metric;
import dev.lathe.ops.tracking.Run;
import dev.lathe.ops.tracking.RunSpec;
import dev.lathe.ops.tracking.RunStatus;
import dev.lathe.ops.tracking.TrackingStore;
import dev.lathe.pipeline.Training;
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
 * one ({@code .lathe/} here). The run gets the hyperparameters as parameters, the metrics, the task and model
 * as tags, and the fitted pipeline as the artifact {@code model.lathe}.
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

    /**
     * Records a finished training when tracking is on.
     *
     * @param store the store options
     * @param model the model name
     * @param data the training file
     * @param r the training result
     * @param saved the saved model file, or null when not saved (then a temporary copy is stored)
     * @return the run id, or null when tracking is off
     * @throws IOException when the model cannot be written for storing
     */
    String record(StoreOptions store, String model, Path data, Training.Result r, Path saved) throws IOException {
        if (!track && !store.configured()) {
            return null;
        }
        TrackingStore s = store.open();
        Run run = s.runs().start(RunSpec.in(experiment).named(runName)
                .from("lathe train " + data.getFileName(), gitCommit()));
        try {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("model", model);
            r.params().forEach((k, v) -> params.put(k, String.valueOf(v)));
            s.log().logParams(run.id(), params);
            long now = System.currentTimeMillis();
            List<Metric> metrics = new ArrayList<>();
            r.metrics().forEach((k, v) -> metrics.add(new Metric(k, v, 0, now)));
            s.log().logMetrics(run.id(), metrics);
            s.log().setTags(run.id(), Map.of("task", r.task().label(), "train_rows", String.valueOf(r.trainRows()),
                    "test_rows", String.valueOf(r.testRows())));
            storeModel(s, run.id(), r, saved);
            s.runs().end(run.id(), RunStatus.FINISHED);
        } catch (IOException | RuntimeException e) {
            s.runs().end(run.id(), RunStatus.FAILED);
            throw e;
        }
        return run.id();
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
