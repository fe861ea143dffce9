package dev.lathe.model.recommend;

/**
 * How well a fitted model's scores predict held-out values (ratings), next to the training mean's: meaningful for
 * explicit ALS, whose scores are (imputation-shrunk) predicted ratings. Only test pairs whose user and item were
 * both seen in training count.
 *
 * @param rmse     root mean squared error of the model's scores
 * @param meanRmse root mean squared error of the training mean
 * @param pairs    test pairs counted
 */
public record RatingError(double rmse, double meanRmse, int pairs) {

    /**
     * The errors of {@code model} on {@code test}.
     *
     * @throws IllegalArgumentException when no test pair has a known user and item
     */
    public static RatingError of(FittedRecommender model, Interactions test) {
        double mean = ExplicitAlsSolver.mean(model.history().values());
        double[] scores = new double[model.items().size()];
        double model2 = 0;
        double mean2 = 0;
        int n = 0;
        int scored = -1;
        for (int r = 0; r < test.size(); r++) {
            int u = model.users().find(test.users().id(test.user(r)));
            int j = model.items().find(test.items().id(test.item(r)));
            if (u < 0 || j < 0) {
                continue;
            }
            if (u != scored) {
                model.scorer().score(u, model.history(), scores);
                scored = u;
            }
            double value = test.value(r);
            model2 += (scores[j] - value) * (scores[j] - value);
            mean2 += (mean - value) * (mean - value);
            n++;
        }
        if (n == 0) {
            throw new IllegalArgumentException("no test pair has a user and an item seen in training");
        }
        return new RatingError(Math.sqrt(model2 / n), Math.sqrt(mean2 / n), n);
    }
}
