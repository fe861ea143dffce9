package dev.lathe.ops.flow;

import dev.lathe.ops.flow.spec.Candidate;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.tune.SearchResult;
import dev.lathe.tune.Trial;

/**
 * One candidate's cross-validated search on the training rows.
 *
 * @param candidate the candidate as the spec gives it
 * @param pipeline  its unfitted pipeline with the spec's fixed hyperparameters
 * @param search    the search's trials (not refitted)
 */
public record CandidateResult(Candidate candidate, Pipeline pipeline, SearchResult search) {

    /** The best trial by the search's first metric. */
    public Trial best() {
        return search.best();
    }

    /** The best trial's mean cross-validated score of the search's first metric. */
    public double bestScore() {
        return best().mean(search.metrics().get(0));
    }
}
