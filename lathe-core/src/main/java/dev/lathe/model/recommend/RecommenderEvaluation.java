package dev.lathe.model.recommend;

import dev.lathe.eval.TopNMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * How well a fitted recommender predicts held-out interactions: every test user gets a top-k list (unseen
 * items only; the popular items when the user is new) and each of their test items that the model knows and the
 * user had not already seen counts as relevant.
 *
 * @param metrics          precision, recall, MAP, NDCG and coverage at k over the evaluated users
 * @param coldStartUsers   evaluated users not seen in training (served by the popularity fallback)
 * @param skippedUsers     test users left out because none of their test items could be recommended
 * @param unknownTestItems test interactions with items the model never saw (they cannot be recommended)
 */
public record RecommenderEvaluation(TopNMetrics metrics, int coldStartUsers, int skippedUsers,
                                    int unknownTestItems) {

    /**
     * Evaluates {@code model} on {@code test} with lists of length {@code k}.
     *
     * @param k at least 1
     * @throws IllegalArgumentException when no test user has an item the model could recommend
     */
    public static RecommenderEvaluation evaluate(FittedRecommender model, Interactions test, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        int testUsers = test.users().size();
        List<List<Integer>> relevant = new ArrayList<>(testUsers);
        for (int u = 0; u < testUsers; u++) {
            relevant.add(new ArrayList<>());
        }
        int unknown = 0;
        SparseRows seen = model.history();
        for (int r = 0; r < test.size(); r++) {
            int item = model.items().find(test.items().id(test.item(r)));
            if (item < 0) {
                unknown++;
                continue;
            }
            int user = model.users().find(test.users().id(test.user(r)));
            List<Integer> rel = relevant.get(test.user(r));
            if ((user < 0 || !seen.contains(user, item)) && !rel.contains(item)) {
                rel.add(item);
            }
        }
        List<Integer> evaluated = new ArrayList<>();
        int cold = 0;
        for (int u = 0; u < testUsers; u++) {
            if (!relevant.get(u).isEmpty()) {
                evaluated.add(u);
                cold += model.users().find(test.users().id(u)) < 0 ? 1 : 0;
            }
        }
        if (evaluated.isEmpty()) {
            throw new IllegalArgumentException("no test user has a held-out item the model could recommend ("
                    + unknown + " of " + test.size() + " test interactions name items unseen in training)");
        }
        int n = evaluated.size();
        int[][] lists = new int[n][];
        int[][] rel = new int[n][];
        RowBlocks.run(n, () -> new double[model.items().size()], (e, buffer) -> {
            int testUser = evaluated.get(e);
            int u = model.users().find(test.users().id(testUser));
            lists[e] = u < 0 ? model.popular(k) : model.topN(u, k, buffer);
            rel[e] = relevant.get(testUser).stream().mapToInt(Integer::intValue).toArray();
        });
        TopNMetrics metrics = TopNMetrics.of(lists, rel, k, model.items().size());
        return new RecommenderEvaluation(metrics, cold, testUsers - n, unknown);
    }
}
