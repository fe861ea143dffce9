package dev.lathe.tune;

import java.util.List;
import java.util.Map;

/**
 * Decides which configurations a {@link Search} evaluates next: the seam where grid, random and (later)
 * Bayesian search differ. A proposer is called until it returns an empty list; the configurations of one
 * call are evaluated in parallel, and the next call sees their scores. It must be deterministic: the same
 * space and the same finished trials give the same proposals.
 */
public interface TrialProposer {

    /**
     * The next configurations to try, hyperparameter name to value; empty when the search is done.
     *
     * @param space    the search space
     * @param finished every trial evaluated so far, in the order proposed
     */
    List<Map<String, Object>> propose(SearchSpace space, List<Trial> finished);

    /** How many configurations the search will try in all, for progress reports; 0 when it cannot tell. */
    default int planned(SearchSpace space) {
        return 0;
    }
}
