package dev.lathe.model.recommend;

import dev.lathe.param.Check;

/**
 * Item-based k-nearest-neighbours (Sarwar et al. 2001): items are compared by the cosine similarity of their
 * columns in the user-by-item matrix of values, each item keeps its {@code neighbors} most similar items, and a
 * user's score of item j is {@code sum over the user's items i of value(u, i) * sim(i, j)} over the pairs where j
 * is among i's neighbours (as the implicit library's ItemItemRecommender). Values must be at least 0.
 *
 * @param neighbors similar items kept per item, at least 1 (default 50)
 */
public record ItemKnn(int neighbors) implements Recommender {

    /** Its name: {@code item_knn}. */
    public static final String NAME = "item_knn";

    public ItemKnn {
        Check.atLeast("neighbors", neighbors, 1);
    }

    /** 50 neighbours per item. */
    public ItemKnn() {
        this(50);
    }

    @Override
    public String modelName() {
        return NAME;
    }

    @Override
    public NeighborScorer learn(Interactions data, SparseRows history) {
        data.requireNonNegative(NAME);
        return NeighborScorer.fit(history, neighbors);
    }
}
