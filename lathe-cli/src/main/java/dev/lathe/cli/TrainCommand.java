package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.pipeline.ModelCatalog;
import dev.lathe.pipeline.Training;
import dev.lathe.tune.GridProposer;
import dev.lathe.tune.SearchResult;
import dev.lathe.tune.SpaceFile;
import dev.lathe.tune.Tuning;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lathe train DATA --target COL --model NAME [--tune grid|random|bayes --trials N --cv K --space FILE
 * --trial-log FILE --quiet]}: fit a pipeline
 * (optionally by a hyperparameter search), score it on unseen rows, save it.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Fit a model with the default preparation, report metrics on rows it never saw, save it.")
final class TrainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA", description = "Training CSV file.")
    Path data;

    @Option(names = "--target", paramLabel = "COLUMN", description = "Column to predict; left out for unsupervised "
            + "models (kmeans, gmm, dbscan, hdbscan, pca), which learn from every column.")
    String target;

    @Option(names = "--model", required = true, paramLabel = "NAME", description = "Model name: ${COMPLETION-CANDIDATES}.",
            completionCandidates = ModelNames.class)
    String model;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Change a hyperparameter (repeatable).")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--test", paramLabel = "FILE", description = "Score on this CSV file (default: hold out a share).")
    Path test;

    @Option(names = "--test-size", defaultValue = "0.2", description = "Share held out when no --test is given "
            + "(default ${DEFAULT-VALUE}).")
    double testSize;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the held-out split (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--tune", paramLabel = "METHOD", description = "Search the model's default hyperparameter space "
            + "by cross-validation on the training rows, then refit the best: grid, random or bayes (Gaussian process or tree-structured "
            + "Parzen estimator).")
    String tune;

    @Option(names = "--trials", defaultValue = "20", description = "Configurations random and bayes search try "
            + "(default ${DEFAULT-VALUE}); grid search tries its whole grid unless --trials is given, then a seeded "
            + "random subset of that many.")
    int trials;

    @Option(names = "--space", paramLabel = "FILE", description = "Search this YAML search space instead of the "
            + "model's default one (see docs/tuning.md).")
    Path space;

    @Option(names = "--trial-log", paramLabel = "FILE", description = "Write each finished trial to this JSON-lines "
            + "file; when it exists and belongs to the same search (space, method, seed, model, data), resume it.")
    Path trialLog;

    @Option(names = "--quiet", description = "No progress line or notes on standard error.")
    boolean quiet;

    @Option(names = "--cv", defaultValue = "5", description = "Cross-validation folds of the search (default ${DEFAULT-VALUE}).")
    int cv;

    @Option(names = "--top", defaultValue = "10", description = "Trials shown in the leaderboard (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Save the fitted pipeline (.lathe).")
    Path output;

    @Option(names = "--json", description = "Print JSON: model, task, params, fit_seconds, metrics (unsupervised: "
            + "n_clusters, inertia, silhouette, bic for mixtures...); with --tune also tuning and leaderboard.")
    boolean json;

    @Mixin
    DataOptions dataOptions;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    TrainTracking tracking;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        tracking.start(storeOptions, data);
        try {
            return train();
        } catch (Exception | Error e) {
            tracking.fail();
            throw e;
        }
    }

    private Integer train() throws Exception {
        Frame frame = dataOptions.read(data);
        Frame testFrame = test == null ? null : dataOptions.read(test);
        Training training = new Training(model, settings, testSize, seed);
        Training.Result r;
        SearchResult search = null;
        boolean unsupervised = ModelCatalog.entry(model).isUnsupervised();
        if (unsupervised) {
            if (target != null) {
                throw new IllegalArgumentException("model '" + model + "' learns without a target; leave out --target "
                        + target);
            }
            if (test != null || tune != null) {
                throw new IllegalArgumentException("--test and --tune apply only to models with a --target; '" + model
                        + "' is fitted and scored on all rows of " + data);
            }
            r = training.run(frame);
        } else if (target == null) {
            throw new IllegalArgumentException("model '" + model + "' needs --target COLUMN");
        } else if (tune == null) {
            var parsed = spec.commandLine().getParseResult();
            if (parsed.hasMatchedOption("--trials") || parsed.hasMatchedOption("--cv") || parsed.hasMatchedOption("--top")
                    || parsed.hasMatchedOption("--space") || parsed.hasMatchedOption("--trial-log")) {
                throw new IllegalArgumentException("--trials, --cv, --top, --space and --trial-log apply only with "
                        + "--tune grid|random|bayes");
            }
            r = training.run(frame, testFrame, target);
        } else {
            if (top < 1) {
                throw new IllegalArgumentException("--top must be at least 1, got " + top);
            }
            boolean grid = "grid".equalsIgnoreCase(tune);
            boolean capped = !grid || spec.commandLine().getParseResult().hasMatchedOption("--trials");
            ProgressLine progress = ProgressLine.wanted(quiet) ? new ProgressLine(spec.commandLine().getErr()) : null;
            Tuning tuning = new Tuning(tune, capped ? trials : Integer.MAX_VALUE, cv, seed)
                    .withSpace(space == null ? null : SpaceFile.read(space)).withTrialLog(trialLog).withListener(progress);
            if (grid && capped && !quiet) {
                int size = new GridProposer().gridSize(tuning.spaceFor(model));
                if (size > trials) {
                    spec.commandLine().getErr().printf(Locale.ROOT, "note: the grid has %d configurations, more than "
                            + "--trials %d; trying a seeded random %d of them (--seed %d)%n", size, trials, trials, seed);
                }
            }
            Tuning.Result tuned;
            try {
                tuned = tuning.run(training, frame, testFrame, target);
            } finally {
                if (progress != null) {
                    progress.end();
                }
            }
            r = tuned.training();
            search = tuned.search();
        }
        if (output != null) {
            r.pipeline().save(output);
        }
        String runId = tracking.finish(model, r, search, output);
        var out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("model", model);
            doc.put("task", r.task().label());
            doc.put("params", r.params());
            doc.put("fit_seconds", r.fitSeconds());
            Map<String, Object> metrics = new LinkedHashMap<>();
            r.metrics().forEach((k, v) -> metrics.put(k, Json.number(v)));
            doc.put("metrics", metrics);
            doc.put("train_rows", r.trainRows());
            doc.put("test_rows", r.testRows());
            if (search != null) {
                doc.put("tuning", Map.of("method", tune, "trials", search.trials().size(), "cv", cv,
                        "ranked_by", search.metrics().get(0)));
                doc.put("leaderboard", Leaderboard.json(search, top));
            }
            if (output != null) {
                doc.put("output", output.toString());
            }
            if (runId != null) {
                doc.put("run_id", runId);
            }
            out.println(Json.write(doc));
        } else {
            if (unsupervised) {
                out.printf(Locale.ROOT, "%s %s on %d rows, scored on the same rows; fit %.3f s%n", model,
                        r.task().label(), r.trainRows(), r.fitSeconds());
            } else {
                out.printf(Locale.ROOT, "%s %s on %d rows, scored on %d unseen rows; fit %.3f s%n", model,
                        r.task().label(), r.trainRows(), r.testRows(), r.fitSeconds());
            }
            r.metrics().forEach((k, v) -> out.printf(Locale.ROOT, "  %-10s %.6g%n", k, v));
            if (search != null) {
                out.printf(Locale.ROOT, "%s search: %d trials, %d-fold cross-validation on the training rows; best "
                        + "refitted%n", tune, search.trials().size(), cv);
                Leaderboard.print(out, search, top);
            }
            if (!r.ignoredColumns().isEmpty()) {
                out.println("  text columns not used as features: " + r.ignoredColumns());
            }
            if (output != null) {
                out.println("saved " + output);
            }
            if (runId != null) {
                out.println("tracked as run " + runId);
            }
        }
        out.flush();
        return 0;
    }

    /** Model names for the help text. */
    static final class ModelNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ModelCatalog.names().iterator();
        }
    }
}
