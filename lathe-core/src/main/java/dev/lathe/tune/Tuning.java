package dev.lathe.tune;

import dev.lathe.frame.Frame;
import dev.lathe.model.SemiSupervised;
import dev.lathe.model.Task;
import dev.lathe.pipeline.Training;
import dev.lathe.prep.split.KFold;
import dev.lathe.prep.split.LabelledFolds;
import dev.lathe.prep.split.Splitter;
import dev.lathe.prep.split.StratifiedKFold;
import java.util.Locale;

/**
 * {@code lathe train --tune}: a {@link Training} whose pipeline is fitted by a search over the model's
 * {@link DefaultSpaces default space} or a {@link SpaceFile}, cross-validated on the training rows only (stratified folds for
 * classification), ranked by the task's first default metric ({@link Scorers#defaults}: r2 or accuracy);
 * the best configuration refitted on all training rows is then scored on the test rows as usual.
 * Hyperparameters given with {@code --set} stay fixed unless the space searches them.
 *
 * @param method grid, random or bayes ({@link Search#bayes}: a Gaussian process for spaces of ranges only,
 *               a tree-structured Parzen estimator otherwise)
 * @param trials configurations random and Bayesian search try, at least 1 (default 20); for grid search
 *               (five points per continuous range) the most it tries: a larger grid is cut to a seeded random
 *               subset of this many ({@link GridProposer})
 * @param folds  cross-validation folds, at least 2 (default 5)
 * @param seed   seed of the folds and of the proposals (default 0)
 * @param space  the space to search, or null for the model's default space; its names are checked against the
 *               pipeline before anything is fitted
 * @param trialLog the search's JSON-lines trial log, resumed when it exists ({@link Search#withTrialLog}), or null
 * @param listener told of each finished trial ({@link Search#withListener}), or null
 */
public record Tuning(String method, int trials, int folds, long seed, SpaceFile space, java.nio.file.Path trialLog,
                     SearchListener listener) {

    /** Validates the configuration. */
    public Tuning {
        method = method == null ? "" : method.toLowerCase(Locale.ROOT);
        if (!method.equals("grid") && !method.equals("random") && !method.equals("bayes")) {
            throw new IllegalArgumentException("unknown tuning method '" + method + "'; known: grid, random, bayes");
        }
        dev.lathe.param.Check.atLeast("trials", trials, 1);
        dev.lathe.param.Check.atLeast("cv folds", folds, 2);
    }

    /** The model's default space. */
    public Tuning(String method, int trials, int folds, long seed) {
        this(method, trials, folds, seed, null, null, null);
    }

    /** The same tuning over the space of {@code file} (null: the model's default space). */
    public Tuning withSpace(SpaceFile file) {
        return new Tuning(method, trials, folds, seed, file, trialLog, listener);
    }

    /** The same tuning, writing (or resuming from) the trial log {@code file} (null: none). */
    public Tuning withTrialLog(java.nio.file.Path file) {
        return new Tuning(method, trials, folds, seed, space, file, listener);
    }

    /** The same tuning, telling {@code listener} of each finished trial (null: nobody). */
    public Tuning withListener(SearchListener listener) {
        return new Tuning(method, trials, folds, seed, space, trialLog, listener);
    }

    /** The space searched for catalogue model {@code model}: the file's, else the model's default one. */
    public SearchSpace spaceFor(String model) {
        return space == null ? DefaultSpaces.of(model) : space.space();
    }

    /** The training's result and the search behind its fitted pipeline. */
    public record Result(Training.Result training, SearchResult search) {
    }

    /** Runs {@code training} on {@code data} (test rows as {@link Training#run} takes them) with the search. */
    public Result run(Training training, Frame data, Frame test, String target) {
        SearchSpace defaults = spaceFor(training.model());
        SearchResult[] search = new SearchResult[1];
        Training.Result r = training.run(data, test, target, (pipeline, train, y) -> {
            SearchSpace searched = space == null ? defaults : space.checkedAgainst(pipeline);
            if (pipeline.estimator() instanceof SemiSupervised) {
                // unlabelled rows train in every fold and are never scored
                search[0] = search(searched, new LabelledFolds(new StratifiedKFold(folds, true, seed)),
                        Scorers.defaults(Task.CLASSIFICATION)).run(pipeline, train, y);
                return search[0].refitted();
            }
            Task task = Task.of(train.column(y));
            search[0] = search(searched, task, Scorers.defaults(task)).run(pipeline, train, y);
            return search[0].refitted();
        });
        return new Result(r, search[0]);
    }

    /**
     * The search this tuning runs over {@code searched}: its method, trials and seed, cross-validated with
     * {@link #folds} folds (stratified for classification) and ranked by the first of {@code scorers}, with
     * this tuning's trial log and listener. The best configuration is refitted on all rows searched.
     */
    public Search search(SearchSpace searched, Task task, java.util.List<Scorer> scorers) {
        return search(searched, task == Task.CLASSIFICATION ? new StratifiedKFold(folds, true, seed)
                : new KFold(folds, true, seed), scorers);
    }

    /**
     * As {@link #search(SearchSpace, Task, java.util.List)}, cross-validated by {@code splitter} (a flow with a time
     * split searches on time-ordered folds) instead of {@link #folds} shuffled folds.
     */
    public Search search(SearchSpace searched, Splitter splitter, java.util.List<Scorer> scorers) {
        CrossValidation cv = new CrossValidation(splitter, scorers, false, false);
        Search s = switch (method) {
            case "grid" -> Search.grid(searched, trials, seed, cv);
            case "random" -> Search.random(searched, trials, seed, cv);
            default -> Search.bayes(searched, trials, seed, cv);
        };
        return s.withTrialLog(trialLog).withListener(listener);
    }
}
