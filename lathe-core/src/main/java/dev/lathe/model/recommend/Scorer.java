package dev.lathe.model.recommend;

import dev.lathe.persist.Persistable;

/**
 * The learned part of a fitted recommender: a score for every item for a user seen in training (higher is a
 * better recommendation). {@link FittedRecommender} adds ids, seen-item exclusion and the cold-start
 * fallback around it.
 */
public interface Scorer extends Persistable {

    /**
     * Writes user {@code user}'s score for every item into {@code scores}.
     *
     * @param user    the user's number in training
     * @param history the training user-by-item matrix (the user's own row is their history)
     * @param scores  one slot per item, overwritten
     */
    void score(int user, SparseRows history, double[] scores);

    /** Whether it was learned for {@code users} users and {@code items} items (checked when loading). */
    boolean matches(int users, int items);
}
