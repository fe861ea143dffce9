package dev.lathe.tune;

import dev.lathe.frame.Frame;
import dev.lathe.parallel.Chunks;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.Pipeline;
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
 * @param space    the hyperparameters to search, by name
 * @param proposer which configurations to try
 * @param cv       how each configuration is scored; its first metric ranks the trials
 * @param refit    whether to fit the best configuration on all the data (default true)
 */
public record Search(SearchSpace space, TrialProposer proposer, CrossValidation cv, boolean refit) {

    /** Configurations a Bayesian search proposes together, after its random start-up ones. */
    public static final int BAYES_BATCH = 2;

    /** Validates the configuration. */
    public Search {
        if (space == null || proposer == null || cv == null) {
            throw new IllegalArgumentException("a search needs a space, a proposer and a cross-validation");
        }
    }

    /** Grid search with five points per continuous range, refitting the best. */
    public static Search grid(SearchSpace space, CrossValidation cv) {
        return new Search(space, new GridProposer(), cv, true);
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
     * the pipeline; a trial whose values are invalid fails the search with a message naming the trial.
     *
     * @param target the target column's name; every other column is a feature
     */
    public SearchResult run(Pipeline pipeline, Frame data, String target) {
        PipelineParams.check(pipeline, space);
        data.column(target);
        List<Trial> trials = new ArrayList<>();
        for (List<Map<String, Object>> batch = proposer.propose(space, List.of()); !batch.isEmpty();
             batch = proposer.propose(space, List.copyOf(trials))) {
            trials.addAll(evaluate(batch, trials.size(), pipeline, data, target));
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

    private List<Trial> evaluate(List<Map<String, Object>> batch, int done, Pipeline pipeline, Frame data,
                                 String target) {
        Trial[] out = new Trial[batch.size()];
        IllegalArgumentException[] failures = new IllegalArgumentException[batch.size()];
        Chunks.run(batch.size(), i -> {
            int number = done + i + 1;
            try {
                out[i] = new Trial(number, batch.get(i), cv.run(PipelineParams.with(pipeline, batch.get(i)), data, target));
            } catch (IllegalArgumentException e) {
                failures[i] = new IllegalArgumentException("trial " + number + " " + batch.get(i) + ": "
                        + e.getMessage(), e);
            }
        });
        for (IllegalArgumentException e : failures) {
            if (e != null) {
                throw e; // the first failing trial in order, whatever the thread timing
            }
        }
        return List.of(out);
    }
}
