package dev.lathe.model.recommend;

import dev.lathe.persist.Persistable;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted recommender: the users and items seen in training, their interactions (so that recommendations never
 * repeat what a user already has) and the learned {@link Scorer}. A user not seen in training gets the most
 * popular items (cold-start fallback: popularity is the number of distinct training users of an item). Saves to
 * a {@code .lathe} file as step type {@value #TYPE}. Immutable and safe to share between threads.
 */
public final class FittedRecommender implements Persistable {

    /** Step type in the model file. */
    public static final String TYPE = "recommender";

    private final String model;
    private final Map<String, Object> params;
    private final IdIndex users;
    private final IdIndex items;
    private final SparseRows history;
    private final Scorer scorer;
    private final double[] popularity;

    FittedRecommender(String model, Map<String, Object> params, IdIndex users, IdIndex items, SparseRows history,
                      Scorer scorer) {
        this.model = model;
        this.params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        this.users = users;
        this.items = items;
        this.history = history;
        this.scorer = scorer;
        this.popularity = PopularityScorer.counts(history);
    }

    /** The model's name, e.g. {@code implicit_als}. */
    public String model() {
        return model;
    }

    /** The hyperparameters it was fitted with, by snake_case name, as JSON values (enums by lower-case name). */
    public Map<String, Object> params() {
        return params;
    }

    /** The users seen in training. */
    public IdIndex users() {
        return users;
    }

    /** The items seen in training: everything it can recommend. */
    public IdIndex items() {
        return items;
    }

    /** The training user-by-item matrix (the items each user already has). */
    public SparseRows history() {
        return history;
    }

    /** The learned scoring part. */
    public Scorer scorer() {
        return scorer;
    }

    /**
     * The {@code n} best items for {@code user} that the user did not interact with in training, best first
     * (fewer when fewer are left). An unknown user gets the {@code n} most popular items ({@code coldStart}).
     *
     * @param n at least 1
     */
    public Recommendations recommend(String user, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("number of recommendations must be at least 1, got " + n);
        }
        int u = users.find(user);
        double[] scores = u < 0 ? popularity : new double[items.size()];
        int[] top = u < 0 ? popular(n) : topN(u, n, scores);
        List<ScoredItem> out = new ArrayList<>(top.length);
        for (int j : top) {
            out.add(new ScoredItem(items.id(j), scores[j]));
        }
        return new Recommendations(user, u < 0, out);
    }

    /**
     * The numbers of the {@code n} best unseen items for training user {@code u}, best first.
     *
     * @param buffer one slot per item, overwritten (lets callers reuse it across users)
     */
    int[] topN(int u, int n, double[] buffer) {
        scorer.score(u, history, buffer);
        return TopN.select(buffer, n, history.columns(), history.start(u), history.end(u));
    }

    /** The numbers of the {@code n} most popular items, for users unseen in training. */
    int[] popular(int n) {
        return TopN.select(popularity, n, null, 0, 0);
    }

    /**
     * The model's score of {@code item} for {@code user} (for explicit ALS a predicted rating, shrunk towards the
     * missing rating when missing cells weigh above 0).
     *
     * @throws IllegalArgumentException when the user or the item was not in the training data
     */
    public double score(String user, String item) {
        int u = users.find(user);
        int j = items.find(item);
        if (u < 0 || j < 0) {
            throw new IllegalArgumentException((u < 0 ? "user '" + user : "item '" + item)
                    + "' was not in the training interactions; scores exist only for known users and items");
        }
        double[] scores = new double[items.size()];
        scorer.score(u, history, scores);
        return scores[j];
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        out.put("model", model).put("params", params).put("users", users.ids()).put("items", items.ids());
        out.ints("history_offsets", history.offsets()).ints("history_items", history.columns())
                .doubles("history_values", history.values());
        out.child("scorer", scorer);
    }

    /** Reads what {@link #save} wrote. */
    public static FittedRecommender load(StepReader in) {
        IdIndex users = IdIndex.of(in.getStrings("users"));
        IdIndex items = IdIndex.of(in.getStrings("items"));
        int[] offsets = in.ints("history_offsets");
        int[] columns = in.ints("history_items");
        double[] values = in.doubles("history_values", columns.length);
        if (offsets.length != users.size() + 1 || offsets[0] != 0 || offsets[users.size()] != columns.length) {
            throw in.fail("has history offsets that do not match its " + users.size() + " users");
        }
        for (int u = 0; u < users.size(); u++) {
            if (offsets[u + 1] < offsets[u]) {
                throw in.fail("has history offsets that decrease at user " + u);
            }
            for (int t = offsets[u]; t < offsets[u + 1]; t++) {
                if (columns[t] < 0 || columns[t] >= items.size()
                        || (t > offsets[u] && columns[t] <= columns[t - 1])) {
                    throw in.fail("has a history entry out of order or outside its " + items.size() + " items");
                }
            }
        }
        SparseRows history = new SparseRows(items.size(), offsets, columns, values);
        Scorer scorer = in.child("scorer", Scorer.class);
        if (!scorer.matches(users.size(), items.size())) {
            throw in.fail("has a scorer that was not learned for its " + users.size() + " users and "
                    + items.size() + " items");
        }
        return new FittedRecommender(in.getString("model"), in.getMap("params"), users, items, history, scorer);
    }
}
