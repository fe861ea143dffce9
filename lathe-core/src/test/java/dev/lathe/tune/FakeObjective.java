package dev.lathe.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Drives a proposer as {@link Search} does, with a cheap function in place of cross-validation. */
final class FakeObjective {

    private FakeObjective() {
    }

    /** Every trial until the proposer stops, scored by {@code f} under the metric "score". */
    static List<Trial> run(TrialProposer proposer, SearchSpace space, ToDoubleFunction<Map<String, Object>> f) {
        List<Trial> trials = new ArrayList<>();
        for (List<Map<String, Object>> batch = proposer.propose(space, List.of()); !batch.isEmpty();
             batch = proposer.propose(space, List.copyOf(trials))) {
            for (Map<String, Object> p : batch) {
                trials.add(trial(trials.size() + 1, p, f.applyAsDouble(p)));
            }
        }
        return trials;
    }

    static Trial trial(int number, Map<String, Object> params, double score) {
        FoldScores fold = new FoldScores(1, 1, 1, Map.of("score", score), Map.of(), 0, 0);
        return new Trial(number, params, new CvResult(List.of("score"), List.of(fold), null));
    }

    /** The number of the first trial whose score is within {@code tolerance} of {@code optimum}, or trials + 1. */
    static int trialsToReach(List<Trial> trials, double optimum, double tolerance) {
        for (Trial t : trials) {
            if (t.mean("score") >= optimum - tolerance) {
                return t.number();
            }
        }
        return trials.size() + 1;
    }
}
