package dev.lathe.tune;

import dev.lathe.frame.Frame;
import dev.lathe.model.Targets;
import dev.lathe.model.Task;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Successive halving with the number of training rows as the resource (scikit-learn's
 * {@code HalvingRandomSearchCV} and {@code HalvingGridSearchCV}, {@code resource='n_samples'}): every
 * candidate is cross-validated on a small seeded share of the rows, the best {@code ceil(1/factor)} of them
 * go on to {@code factor} times as many rows, and so on; the best candidate of the last round is refitted on all
 * the data. As scikit-learn: {@code min_resources='smallest'} is 2 rows per fold (times the number of classes
 * for classification), rounds = min(1 + floor(log_factor(candidates)), 1 + floor(log_factor(rows /
 * min_resources))), round i uses {@code min_resources * factor^i} rows (at most all), and each fold's training and
 * test rows are cut to that share of the data ({@link SubsampledSplitter}).
 *
 * @param space      the hyperparameters, by name
 * @param candidates proposes the candidates: its first batch (a {@link RandomProposer} or {@link GridProposer})
 * @param cv         how each candidate is scored; its first metric ranks them
 * @param factor     the share kept after each round is 1/factor and the rows grow by factor, at least 2 (default 3)
 * @param seed       seed of the row draws
 */
public record SuccessiveHalving(SearchSpace space, TrialProposer candidates, CrossValidation cv, int factor,
                                long seed) {

    /** Validates the configuration. */
    public SuccessiveHalving {
        if (space == null || candidates == null || cv == null) {
            throw new IllegalArgumentException("successive halving needs a space, candidates and a cross-validation");
        }
        dev.lathe.param.Check.atLeast("factor", factor, 2);
    }

    /** One round: how many rows it used, and its trials. */
    public record Round(int resources, SearchResult search) {
    }

    /**
     * Every round, and the last round's best candidate refitted on all the data.
     *
     * @param rounds   the rounds, in order
     * @param refitted the best candidate of the last round fitted on all the data
     */
    public record Result(List<Round> rounds, FittedPipeline refitted) {

        /** The best trial of the last round. */
        public Trial best() {
            return rounds.get(rounds.size() - 1).search().best();
        }

        /** Cross-validation folds fitted over all rounds. */
        public int foldsFitted() {
            return rounds.stream().mapToInt(r -> r.search().trials().stream().mapToInt(t -> t.cv().folds().size()).sum())
                    .sum();
        }
    }

    /** Runs the rounds on {@code data}; {@code target} names the target column. */
    public Result run(Pipeline pipeline, Frame data, String target) {
        PipelineParams.check(pipeline, space);
        List<Map<String, Object>> alive = candidates.propose(space, List.of());
        if (alive.isEmpty()) {
            throw new IllegalArgumentException("the search proposed no configuration to try");
        }
        int rows = data.rowCount();
        int folds = cv.splitter().split(data, data.column(target)).size();
        int classes = Task.of(data.column(target)) == Task.CLASSIFICATION
                ? Targets.classes(data.column(target)).classes().size() : 1;
        int minResources = 2 * folds * classes;
        if (minResources > rows) {
            throw new IllegalArgumentException("successive halving needs at least " + minResources + " rows (2 per fold"
                    + (classes > 1 ? " and class" : "") + "), got " + rows);
        }
        int required = 1 + floorLog(alive.size());
        int possible = 1 + floorLog(rows / minResources);
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < Math.min(required, possible); i++) {
            int resources = (int) Math.min(rows, minResources * Math.pow(factor, i));
            CrossValidation share = new CrossValidation(new SubsampledSplitter(cv.splitter(), (double) resources / rows,
                    seed + i), cv.scorers(), false, false);
            SearchResult round = new Search(space, new ListProposer(alive), share, false).run(pipeline, data, target);
            rounds.add(new Round(resources, round));
            int keep = (int) Math.ceil(alive.size() / (double) factor);
            alive = round.leaderboard().subList(0, keep).stream().map(Trial::params).toList();
        }
        Trial best = rounds.get(rounds.size() - 1).search().best();
        return new Result(rounds, PipelineParams.with(pipeline, best.params()).fit(data, target));
    }

    private int floorLog(int x) {
        int k = 0;
        for (long p = factor; p <= x; p *= factor) {
            k++;
        }
        return k;
    }

    /** Proposes a fixed list of configurations once. */
    private record ListProposer(List<Map<String, Object>> configurations) implements TrialProposer {

        @Override
        public List<Map<String, Object>> propose(SearchSpace space, List<Trial> finished) {
            return finished.isEmpty() ? configurations : List.of();
        }
    }
}
