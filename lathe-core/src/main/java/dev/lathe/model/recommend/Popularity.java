package dev.lathe.model.recommend;

/**
 * The popularity baseline: every user gets the items the most training users interacted with (each user
 * counted once per item), minus what they already have. No hyperparameters. Any model worth keeping must beat it.
 */
public record Popularity() implements Recommender {

    /** Its name: {@code popularity}. */
    public static final String NAME = "popularity";

    @Override
    public String modelName() {
        return NAME;
    }

    @Override
    public Scorer learn(Interactions data, SparseRows history) {
        return new PopularityScorer(PopularityScorer.counts(history));
    }
}
