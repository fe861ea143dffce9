package dev.lathe.model.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits interactions into training and test parts for evaluating recommenders.
 *
 * @param train the interactions to fit on
 * @param test  the held-out interactions
 */
public record RecommendSplit(Interactions train, Interactions test) {

    /**
     * Leave-last-out: each user's latest interaction (by time; the later row on equal times) is held out. Users
     * with a single interaction keep it in training, so every test user has a history.
     *
     * @throws IllegalArgumentException when no user has two interactions
     */
    public static RecommendSplit leaveLastOut(Interactions data) {
        int users = data.users().size();
        int[] last = new int[users];
        int[] count = new int[users];
        Arrays.fill(last, -1);
        for (int r = 0; r < data.size(); r++) {
            int u = data.user(r);
            count[u]++;
            if (last[u] < 0 || data.time(r) >= data.time(last[u])) {
                last[u] = r;
            }
        }
        boolean[] held = new boolean[data.size()];
        for (int u = 0; u < users; u++) {
            if (count[u] >= 2) {
                held[last[u]] = true;
            }
        }
        return of(data, held, "no user has two interactions, so leave-last-out holds nothing out");
    }

    /**
     * Temporal split: the latest {@code testFraction} of the interactions (by time, ties broken by row) are held
     * out, so the model is tested on what happened after everything it learned from.
     *
     * @param testFraction in (0, 1)
     * @throws IllegalArgumentException when either part would be empty
     */
    public static RecommendSplit temporal(Interactions data, double testFraction) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in (0, 1), got " + testFraction);
        }
        Integer[] order = new Integer[data.size()];
        for (int r = 0; r < order.length; r++) {
            order[r] = r;
        }
        Arrays.sort(order, (a, b) -> data.time(a) != data.time(b) ? Double.compare(data.time(a), data.time(b))
                : Integer.compare(a, b));
        int testCount = (int) Math.round(testFraction * data.size());
        boolean[] held = new boolean[data.size()];
        for (int k = order.length - testCount; k < order.length; k++) {
            held[order[k]] = true;
        }
        return of(data, held, "a test fraction of " + testFraction + " of " + data.size()
                + " interactions leaves one part empty");
    }

    private static RecommendSplit of(Interactions data, boolean[] held, String emptyMessage) {
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int r = 0; r < held.length; r++) {
            (held[r] ? test : train).add(r);
        }
        if (train.isEmpty() || test.isEmpty()) {
            throw new IllegalArgumentException(emptyMessage);
        }
        return new RecommendSplit(data.take(train.stream().mapToInt(Integer::intValue).toArray()),
                data.take(test.stream().mapToInt(Integer::intValue).toArray()));
    }
}
