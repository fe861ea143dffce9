package dev.lathe.ops.flow;

import dev.lathe.frame.Frame;
import dev.lathe.model.Task;
import dev.lathe.ops.flow.spec.Candidate;
import dev.lathe.ops.flow.spec.FlowSpec;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.split.KFold;
import dev.lathe.prep.split.Splitter;
import dev.lathe.prep.split.StratifiedKFold;
import dev.lathe.prep.split.TimeSeriesSplit;
import dev.lathe.tune.DefaultSpaces;
import dev.lathe.tune.Scorer;
import dev.lathe.tune.Scorers;
import dev.lathe.tune.Search;
import dev.lathe.tune.SearchSpace;
import dev.lathe.tune.Tuning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the candidates of a flow: each one's space (the spec's, else the model's default) searched by
 * cross-validation on the training rows as {@code lathe train --tune} searches ({@link Tuning#search}), ranked by
 * the flow's ranking metric, on time-ordered folds when the test rows are the newest. A space without
 * hyperparameters is cross-validated once.
 */
final class CandidateSearch {

    private CandidateSearch() {
    }

    /** The scorers of a flow's searches: the ranking metric first, then the task's defaults. */
    static List<Scorer> scorers(FlowSpec spec, Task task) {
        Map<String, Scorer> out = new LinkedHashMap<>();
        out.put(spec.rankingMetric(), Scorers.named(spec.rankingMetric()));
        for (Scorer s : Scorers.defaults(task)) {
            out.putIfAbsent(s.name(), s);
        }
        return List.copyOf(out.values());
    }

    /** Every candidate's search, in spec order. */
    static List<CandidateResult> run(FlowSpec spec, FlowPipelines pipelines, Frame train, Task task,
                                     boolean timeOrdered, FlowListener listener) {
        List<Scorer> scorers = scorers(spec, task);
        List<CandidateResult> out = new ArrayList<>();
        int count = spec.models().size();
        for (int i = 0; i < count; i++) {
            Candidate c = spec.models().get(i);
            Pipeline pipeline = pipelines.of(c.model(), c.params(), train);
            SearchSpace space = c.space() != null ? c.space().checkedAgainst(pipeline) : DefaultSpaces.of(c.model());
            int index = i;
            String method = space.dimensions().isEmpty() ? "grid" : spec.tune().method();
            Search search = new Tuning(method, spec.tune().trials(), spec.tune().folds(), spec.seed())
                    .withListener(p -> listener.trialFinished(c.model(), index, count, p))
                    .search(space, splitter(spec, task, timeOrdered), scorers);
            Search unrefitted = new Search(search.space(), search.proposer(), search.cv(), false, search.listener(),
                    null, null);
            out.add(new CandidateResult(c, pipeline, unrefitted.run(pipeline, train, spec.data().target())));
        }
        return out;
    }

    /**
     * The folds of the searches: time-ordered ({@link TimeSeriesSplit} on {@code data.time}) when the test rows are
     * the newest, so that no fold learns from its future; else shuffled, stratified for classification.
     */
    static Splitter splitter(FlowSpec spec, Task task, boolean timeOrdered) {
        int folds = spec.tune().folds();
        if (timeOrdered) {
            return new TimeSeriesSplit(folds, null, 0, null, spec.data().time());
        }
        return task == Task.CLASSIFICATION ? new StratifiedKFold(folds, true, spec.seed())
                : new KFold(folds, true, spec.seed());
    }

    /** The candidate with the best cross-validated score (the first of equals). */
    static CandidateResult best(List<CandidateResult> results) {
        CandidateResult best = results.get(0);
        boolean greater = best.search().scorers().get(0).greaterIsBetter();
        for (CandidateResult r : results) {
            if (greater ? r.bestScore() > best.bestScore() : r.bestScore() < best.bestScore()) {
                best = r;
            }
        }
        return best;
    }
}
