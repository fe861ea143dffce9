package dev.lathe.tune;

import dev.lathe.frame.Frame;
import dev.lathe.parallel.Chunks;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hyperparameter search with cross-validation (scikit-learn's {@code GridSearchCV} and
 * {@code RandomizedSearchCV}): the proposer's configurations are set on the pipeline by name
 * ({@link PipelineParams}), each is cross-validated, trials are ranked by the first metric, and the best
 * configuration is refitted on all the data. Trials proposed together run in parallel; scores are those
 * {@link CrossValidation#run} gives by hand, whatever the number of threads.
 *
 * <p>A listener hears of every finished trial ({@link #withListener}). A trial log ({@link #withTrialLog})
 * records every finished trial as it finishes; a search given an existing log of the same search resumes: the
 * proposer is re-fed the logged trials, so it proposes what it proposed before, and logged trials are taken
 * from the log instead of being run again. For grid, random and Bayesian search alike the continuation is then
 * the uninterrupted seeded run's (the Bayesian surrogates are deterministic functions of the finished trials).
 * A pruner ({@link #withPruner}) stops poor trials early.
 *
 * @param space    the hyperparameters to search, by name
 * @param proposer which configurations to try
 * @param cv       how each configuration is scored; its first metric ranks the trials
 * @param refit    whether to fit the best configuration on all the data (default true)
 * @param listener told of each finished trial, or null (default)
 * @param trialLog the JSON-lines trial log to write, and to resume from when it exists, or null (default)
 * @param pruner   early stopping of poor trials after a fold, or null (default: every trial runs every fold)
 */
public record Search(SearchSpace space, TrialProposer proposer, CrossValidation cv, boolean refit,
                     SearchListener listener, Path trialLog, MedianPruner pruner) {

    /** Configurations a Bayesian search proposes together, after its random start-up ones. */
    public static final int BAYES_BATCH = 2;

    /** Validates the configuration. */
    public Search {
        if (space == null || proposer == null || cv == null) {
            throw new IllegalArgumentException("a search needs a space, a proposer and a cross-validation");
        }
    }

    /** No listener, no trial log, no pruning. */
    public Search(SearchSpace space, TrialProposer proposer, CrossValidation cv, boolean refit) {
        this(space, proposer, cv, refit, null, null, null);
    }

    /** The same search, telling {@code listener} of each finished trial. */
    public Search withListener(SearchListener listener) {
        return new Search(space, proposer, cv, refit, listener, trialLog, pruner);
    }

    /** The same search, writing (or resuming from) the JSON-lines trial log {@code file} ({@link TrialLog}). */
    public Search withTrialLog(Path file) {
        return new Search(space, proposer, cv, refit, listener, file, pruner);
    }

    /** The same search, stopping poor trials early with {@code pruner}. */
    public Search withPruner(MedianPruner pruner) {
        return new Search(space, proposer, cv, refit, listener, trialLog, pruner);
    }

    /** Grid search with five points per continuous range, refitting the best. */
    public static Search grid(SearchSpace space, CrossValidation cv) {
        return new Search(space, new GridProposer(), cv, true);
    }

    /**
     * Grid search with five points per continuous range, refitting the best; when the grid has more than
     * {@code maxTrials} configurations, a seeded random {@code maxTrials} of them ({@link GridProposer}).
     */
    public static Search grid(SearchSpace space, int maxTrials, long seed, CrossValidation cv) {
        return new Search(space, new GridProposer(5, maxTrials, seed), cv, true);
    }

    /** Random search of {@code trials} seeded draws, refitting the best. */
    public static Search random(SearchSpace space, int trials, long seed, CrossValidation cv) {
        return new Search(space, new RandomProposer(trials, seed), cv, true);
    }

    /**
     * Bayesian search of {@code trials} configurations, refitting the best: a {@link GaussianProcessProposer}
     * when every hyperparameter is an unconditional range, else a {@link TreeParzenProposer}; proposals come
     * {@value #BAYES_BATCH} at a time (evaluated in parallel), whatever the number of threads.
     */
    public static Search bayes(SearchSpace space, int trials, long seed, CrossValidation cv) {
        boolean greaterIsBetter = cv.scorers().get(0).greaterIsBetter();
        boolean numeric = space.dimensions().stream()
                .allMatch(d -> d.parent() == null && !(d.distribution() instanceof Distribution.Choice));
        TrialProposer proposer = numeric
                ? new GaussianProcessProposer(trials, BAYES_BATCH, 5, greaterIsBetter, seed)
                : new TreeParzenProposer(trials, BAYES_BATCH, 10, 0.25, greaterIsBetter, seed);
        return new Search(space, proposer, cv, true);
    }

    /**
     * Searches on {@code data}. Fails before any fitting when a name of the space is not a hyperparameter of
     * the pipeline, or when the trial log was written by another search; a trial whose values are invalid
     * fails the search with a message naming the trial.
     *
     * @param target the target column's name; every other column is a feature
     */
    public SearchResult run(Pipeline pipeline, Frame data, String target) {
        PipelineParams.check(pipeline, space);
        data.column(target);
        List<Trial> trials = new ArrayList<>();
        try (TrialLog log = trialLog == null ? null
                : TrialLog.open(trialLog, SearchFingerprint.of(this, pipeline, data, target), space)) {
            Progress progress = new Progress(listener, proposer.planned(space), cv.scorers().get(0));
            for (List<Map<String, Object>> batch = proposer.propose(space, List.of()); !batch.isEmpty();
                 batch = proposer.propose(space, List.copyOf(trials))) {
                trials.addAll(evaluate(batch, trials, pipeline, data, target, log, progress));
            }
        }
        if (trials.isEmpty()) {
            throw new IllegalArgumentException("the search proposed no configuration to try");
        }
        SearchResult result = new SearchResult(trials, cv.scorers(), null);
        if (!refit) {
            return result;
        }
        FittedPipeline best = PipelineParams.with(pipeline, result.best().params()).fit(data, target);
        return new SearchResult(trials, cv.scorers(), best);
    }

    /**
     * The batch's trials: logged ones from the log, the others run in parallel (with a pruner, in waves of
     * {@link MedianPruner#wave()}, each compared with the complete trials finished before its wave).
     */
    private List<Trial> evaluate(List<Map<String, Object>> batch, List<Trial> before, Pipeline pipeline, Frame data,
                                 String target, TrialLog log, Progress progress) {
        Trial[] out = new Trial[batch.size()];
        List<Integer> toRun = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            int number = before.size() + i + 1;
            Trial logged = log == null ? null : log.trial(number);
            if (logged == null) {
                toRun.add(i);
            } else if (!logged.params().equals(batch.get(i))) {
                throw new IllegalArgumentException("trial log " + trialLog + ": trial " + number + " has "
                        + logged.params() + ", but the search proposes " + batch.get(i) + "; the log belongs to "
                        + "another search");
            } else {
                out[i] = logged;
                progress.resumed(logged);
            }
        }
        int wave = pruner == null ? Math.max(1, toRun.size()) : pruner.wave();
        List<Trial> reference = new ArrayList<>(before);
        for (int from = 0; from < toRun.size(); from += wave) {
            List<Integer> now = toRun.subList(from, Math.min(toRun.size(), from + wave));
            List<Trial> earlier = List.copyOf(reference);
            runTrials(now, batch, before.size(), out, earlier, pipeline, data, target, log, progress);
            now.forEach(i -> reference.add(out[i]));
        }
        return List.of(out);
    }

    private void runTrials(List<Integer> indices, List<Map<String, Object>> batch, int done, Trial[] out,
                           List<Trial> earlier, Pipeline pipeline, Frame data, String target, TrialLog log,
                           Progress progress) {
        IllegalArgumentException[] failures = new IllegalArgumentException[indices.size()];
        Chunks.run(indices.size(), k -> {
            int i = indices.get(k);
            int number = done + i + 1;
            Pipeline configured;
            try {
                configured = PipelineParams.with(pipeline, batch.get(i));
                out[i] = pruner == null ? new Trial(number, batch.get(i), cv.run(configured, data, target))
                        : pruner.evaluate(number, batch.get(i), cv, configured, data, target, earlier);
            } catch (IllegalArgumentException e) {
                failures[k] = new IllegalArgumentException("trial " + number + " " + batch.get(i) + ": "
                        + e.getMessage(), e);
                return;
            }
            if (log != null) {
                log.write(out[i]);
            }
            progress.finished(out[i]);
        });
        for (IllegalArgumentException e : failures) {
            if (e != null) {
                throw e; // the first failing trial in order, whatever the thread timing
            }
        }
    }
}
