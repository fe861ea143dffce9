package dev.lathe.cli;

import dev.lathe.ops.tracking.Metric;
import dev.lathe.ops.tracking.Run;
import dev.lathe.ops.tracking.RunSpec;
import dev.lathe.ops.tracking.RunStatus;
import dev.lathe.ops.tracking.TrackingStore;
import dev.lathe.tune.SearchResult;
import dev.lathe.tune.Trial;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Option;

/**
 * The tracking options and run bookkeeping that {@code lathe train} and {@code lathe run} share. As with MLflow,
 * a command is recorded only when tracking is configured: {@code --store} or {@code LATHE_STORE} names a store,
 * or {@code --track} asks for the default one ({@code .lathe/} here). The run starts before the work (and ends
 * {@code FAILED} if it fails); a search's trials become child runs with their hyperparameters and mean
 * cross-validation scores.
 */
abstract class RunTracking {

    @Option(names = "--track", description = "Record the work as a run in the tracking store (on anyway when "
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
     * Starts the run ({@code RUNNING}) when tracking is on.
     *
     * @param options the store options
     * @param source  what the run comes from, e.g. {@code "lathe train data.csv"}
     */
    final void start(StoreOptions options, String source) {
        if (!track && !options.configured()) {
            return;
        }
        store = options.open();
        run = store.runs().start(RunSpec.in(experiment).named(runName).from(source, gitCommit()));
    }

    /** Whether a run was started. */
    final boolean tracking() {
        return run != null;
    }

    /** The store the run is in (only while {@link #tracking()}). */
    final TrackingStore store() {
        return store;
    }

    /** The started run's id (only while {@link #tracking()}). */
    final String runId() {
        return run.id();
    }

    /** Logs parameters, metrics at step 0 and tags into the started run. */
    final void record(Map<String, String> params, Map<String, Double> metrics, Map<String, String> tags) {
        store.log().logParams(run.id(), params);
        long now = System.currentTimeMillis();
        List<Metric> points = new ArrayList<>();
        metrics.forEach((k, v) -> points.add(new Metric(k, v, 0, now)));
        store.log().logMetrics(run.id(), points);
        store.log().setTags(run.id(), tags);
    }

    /** Records every trial of {@code search} as a child run named {@code prefix + "trial-" + number}. */
    final void recordTrials(SearchResult search, String prefix) {
        long now = System.currentTimeMillis();
        for (Trial t : search.trials()) {
            Run child = store.runs().start(RunSpec.in(experiment).named(prefix + "trial-" + t.number())
                    .childOf(run.id()));
            Map<String, String> params = new LinkedHashMap<>();
            t.params().forEach((k, v) -> params.put(k, String.valueOf(v)));
            store.log().logParams(child.id(), params);
            List<Metric> means = new ArrayList<>();
            search.metrics().forEach(m -> means.add(new Metric(m, t.mean(m), 0, now)));
            store.log().logMetrics(child.id(), means);
            store.log().setTags(child.id(), Map.of("pruned", String.valueOf(t.pruned())));
            store.runs().end(child.id(), t.pruned() ? RunStatus.KILLED : RunStatus.FINISHED);
        }
    }

    /** Stores {@code file} as the run's artifact {@code name}. */
    final void artifact(String name, Path file) throws IOException {
        store.artifacts().log(run.id(), name, file);
    }

    /** Ends the started run {@code FINISHED} and returns its id. */
    final String finished() {
        store.runs().end(run.id(), RunStatus.FINISHED);
        return run.id();
    }

    /** Ends the started run {@code FAILED} (nothing happens when tracking is off). */
    final void fail() {
        if (run != null) {
            store.runs().end(run.id(), RunStatus.FAILED);
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
