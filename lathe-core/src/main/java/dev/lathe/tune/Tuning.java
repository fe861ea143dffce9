package dev.lathe.tune;

import dev.lathe.frame.Frame;
import dev.lathe.model.Task;
import dev.lathe.pipeline.Training;
import dev.lathe.prep.split.KFold;
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
 * @param trials configurations random and Bayesian search try, at least 1 (default 20); grid search tries
 *               its whole grid, five points per continuous range
 * @param folds  cross-validation folds, at least 2 (default 5)
 * @param seed   seed of the folds and of the proposals (default 0)
 * @param space  the space to search, or null for the model's default space; its names are checked against the
 *               pipeline before anything is fitted
 */
public record Tuning(String method, int trials, int folds, long seed, SpaceFile space) {

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
        this(method, trials, folds, seed, null);
    }

    /** The same tuning over the space of {@code file} (null: the model's default space). */
    public Tuning withSpace(SpaceFile file) {
        return new Tuning(method, trials, folds, seed, file);
    }

    /** The training's result and the search behind its fitted pipeline. */
    public record Result(Training.Result training, SearchResult search) {
    }

    /** Runs {@code training} on {@code data} (test rows as {@link Training#run} takes them) with the search. */
    public Result run(Training training, Frame data, Frame test, String target) {
        SearchSpace defaults = space == null ? DefaultSpaces.of(training.model()) : null;
        SearchResult[] search = new SearchResult[1];
        Training.Result r = training.run(data, test, target, (pipeline, train, y) -> {
            SearchSpace searched = space == null ? defaults : space.checkedAgainst(pipeline);
            Task task = Task.of(train.column(y));
            Splitter splitter = task == Task.CLASSIFICATION ? new StratifiedKFold(folds, true, seed)
                    : new KFold(folds, true, seed);
            CrossValidation cv = new CrossValidation(splitter, Scorers.defaults(task), false, false);
            Search s = switch (method) {
                case "grid" -> Search.grid(searched, cv);
                case "random" -> Search.random(searched, trials, seed, cv);
                default -> Search.bayes(searched, trials, seed, cv);
            };
            search[0] = s.run(pipeline, train, y);
            return search[0].refitted();
        });
        return new Result(r, search[0]);
    }
}
