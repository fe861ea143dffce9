package dev.lathe.model.recommend;

import java.util.List;

/**
 * The top items for one user, best first.
 *
 * @param user      the user's id
 * @param coldStart true when the user was not in the training data, so the items are the most popular ones
 * @param items     the items with their scores, best first; never items the user interacted with in training
 */
public record Recommendations(String user, boolean coldStart, List<ScoredItem> items) {

    public Recommendations {
        items = List.copyOf(items);
    }
}
