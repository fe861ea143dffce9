package dev.lathe.model.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.data.Synthetic;
import dev.lathe.testing.JsonFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each ALS half-step against a direct solve: fixtures/recommend/recommend.json holds, for fixed item factors,
 * every user's implicit-feedback factors from the dense Hu-Koren-Volinsky formula over all items and every
 * user's explicit bias and factors from numpy's least squares on the stacked ridge problem, observed ratings only
 * and with every missing cell imputed at a small weight (see the README there); then whole fits against the same
 * half-step, the weighted objective written out cell by cell, and the conjugate-gradient solver against Cholesky.
 */
class AlsSolveTest {

    static final ExplicitAlsSolver.Missing NONE = new ExplicitAlsSolver.Missing(0, 0);

    static JsonNode als;
    static SparseRows byUser;
    static double[] itemFactors;
    static int k;

    @BeforeAll
    static void fixture() {
        als = JsonFixtures.read("recommend/recommend.json").path("als");
        JsonNode pairs = als.path("pairs");
        int n = pairs.size();
        int[] u = new int[n];
        int[] j = new int[n];
        double[] v = new double[n];
        for (int t = 0; t < n; t++) {
            u[t] = pairs.get(t).get(0).asInt();
            j[t] = pairs.get(t).get(1).asInt();
            v[t] = pairs.get(t).get(2).asDouble();
        }
        byUser = SparseRows.of(als.path("users").asInt(), als.path("items").asInt(), u, j, v);
        k = als.path("factors").asInt();
        itemFactors = flat(als.path("item_factors"));
    }

    static double[] flat(JsonNode rows) {
        double[] out = new double[rows.size() * rows.get(0).size()];
        int at = 0;
        for (JsonNode row : rows) {
            for (JsonNode x : row) {
                out[at++] = x.asDouble();
            }
        }
        return out;
    }

    @Test
    void implicitCholeskyAndConjugateGradientMatchTheDenseSolution() {
        double[] expected = flat(als.path("implicit_user_factors"));
        for (Solver solver : Solver.values()) {
            ImplicitAls config = new ImplicitAls(k, als.path("lambda").asDouble(), als.path("alpha").asDouble(), 1,
                    solver, k, 0);
            double[] users = new double[expected.length];
            ImplicitAlsSolver.solve(byUser, itemFactors, users, config);
            for (int t = 0; t < expected.length; t++) {
                assertThat(users[t]).as(solver + " entry " + t).isCloseTo(expected[t], within(1e-9));
            }
        }
    }

    @Test
    void explicitHalfStepIsTheExactRidgeSolution() {
        expectHalfStep(NONE, als.path("explicit_user_bias_and_factors"));
    }

    @Test
    void explicitHalfStepWithMissingCellsImputedIsTheDenseWeightedSolution() {
        ExplicitAlsSolver.Missing missing = new ExplicitAlsSolver.Missing(als.path("missing_weight").asDouble(),
                als.path("missing_rating").asDouble());
        expectHalfStep(missing, als.path("weighted_user_bias_and_factors"));
    }

    private static void expectHalfStep(ExplicitAlsSolver.Missing missing, JsonNode rows) {
        double[] expected = flat(rows);
        double[] bias = new double[als.path("items").asInt()];
        for (int j = 0; j < bias.length; j++) {
            bias[j] = als.path("item_bias").get(j).asDouble();
        }
        ExplicitAlsSolver.Side users = ExplicitAlsSolver.solve(byUser, als.path("mean").asDouble(),
                new ExplicitAlsSolver.Side(bias, itemFactors), k, als.path("lambda").asDouble(), missing);
        for (int u = 0; u < byUser.rowCount(); u++) {
            assertThat(users.bias()[u]).isCloseTo(expected[u * (k + 1)], within(1e-10));
            for (int f = 0; f < k; f++) {
                assertThat(users.factors()[u * k + f]).isCloseTo(expected[u * (k + 1) + 1 + f], within(1e-10));
            }
        }
    }

    static Interactions ratings() {
        return Interactions.from(Synthetic.interactions(120, 60, 12, 3, 0.5, 2.0, 5), "user", "item", "rating", "time");
    }

    @Test
    void anExplicitFitEndsOnExactSolvesOfBothSides() {
        Interactions data = ratings();
        SparseRows history = data.byUser();
        FactorScorer three = ExplicitAls.ratingsOnly(4, 0.1, 3, 9).learn(data, history);
        FactorScorer two = ExplicitAls.ratingsOnly(4, 0.1, 2, 9).learn(data, history);
        double mean = ExplicitAlsSolver.mean(history.values());
        assertThat(three.mean()).isEqualTo(mean);
        // users of iteration 3 solve exactly against the items of iteration 2, items of 3 against users of 3
        ExplicitAlsSolver.Side users = ExplicitAlsSolver.solve(history, mean, side(two, false, data), 4, 0.1, NONE);
        ExplicitAlsSolver.Side items = ExplicitAlsSolver.solve(history.transpose(), mean, users, 4, 0.1, NONE);
        for (int u = 0; u < data.users().size(); u++) {
            assertThat(three.userBias(u)).isCloseTo(users.bias()[u], within(1e-12));
            assertThat(three.userFactor(u)[2]).isCloseTo(users.factors()[u * 4 + 2], within(1e-12));
        }
        for (int j = 0; j < data.items().size(); j++) {
            assertThat(three.itemBias(j)).isCloseTo(items.bias()[j], within(1e-12));
            assertThat(three.itemFactor(j)[0]).isCloseTo(items.factors()[j * 4], within(1e-12));
        }
    }

    @Test
    void theWeightedExplicitObjectiveNeverRises() {
        Interactions data = ratings();
        SparseRows history = data.byUser();
        double previous = Double.POSITIVE_INFINITY;
        for (int it = 1; it <= 5; it++) {
            double loss = weightedLoss(history, new ExplicitAls(4, 0.1, it, 0.1, 1, 9).learn(data, history), 0.1, 1,
                    0.1);
            assertThat(loss).isLessThanOrEqualTo(previous * (1 + 1e-12));
            previous = loss;
        }
    }

    /** The objective over every cell, written out directly. */
    private static double weightedLoss(SparseRows history, FactorScorer model, double wm, double rm, double lambda) {
        int users = history.rowCount();
        int items = history.columnCount();
        double[] userWeight = new double[users];
        double[] itemWeight = new double[items];
        double loss = 0;
        double[] scores = new double[items];
        for (int u = 0; u < users; u++) {
            model.score(u, history, scores);
            for (int j = 0; j < items; j++) {
                int at = java.util.Arrays.binarySearch(history.columns(), history.start(u), history.end(u), j);
                double w = at >= 0 ? 1 : wm;
                double r = at >= 0 ? history.values()[at] : rm;
                loss += w * (r - scores[j]) * (r - scores[j]);
                userWeight[u] += w;
                itemWeight[j] += w;
            }
        }
        for (int u = 0; u < users; u++) {
            loss += lambda * userWeight[u] * (model.userBias(u) * model.userBias(u) + squares(model.userFactor(u)));
        }
        for (int j = 0; j < items; j++) {
            loss += lambda * itemWeight[j] * (model.itemBias(j) * model.itemBias(j) + squares(model.itemFactor(j)));
        }
        return loss;
    }

    private static double squares(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return s;
    }

    private static ExplicitAlsSolver.Side side(FactorScorer model, boolean users, Interactions data) {
        int n = users ? data.users().size() : data.items().size();
        int kk = model.factors();
        double[] bias = new double[n];
        double[] factors = new double[n * kk];
        for (int r = 0; r < n; r++) {
            bias[r] = users ? model.userBias(r) : model.itemBias(r);
            System.arraycopy(users ? model.userFactor(r) : model.itemFactor(r), 0, factors, r * kk, kk);
        }
        return new ExplicitAlsSolver.Side(bias, factors);
    }

    @Test
    void explicitAlsPredictsHeldOutRatingsBetterThanTheMean() {
        RecommendSplit split = RecommendSplit.leaveLastOut(ratings());
        FittedRecommender model = ExplicitAls.ratingsOnly(3, 0.1, 15, 1).fit(split.train());
        double mean = ExplicitAlsSolver.mean(split.train().byUser().values());
        double model2 = 0;
        double mean2 = 0;
        int n = 0;
        for (int r = 0; r < split.test().size(); r++) {
            String user = split.test().users().id(split.test().user(r));
            String item = split.test().items().id(split.test().item(r));
            if (model.items().find(item) < 0) {
                continue;
            }
            double e = model.score(user, item) - split.test().value(r);
            model2 += e * e;
            mean2 += (mean - split.test().value(r)) * (mean - split.test().value(r));
            n++;
        }
        assertThat(n).isGreaterThan(80);
        assertThat(Math.sqrt(model2 / n)).isLessThan(0.9 * Math.sqrt(mean2 / n));
        RatingError error = RatingError.of(model, split.test());
        assertThat(error.pairs()).isEqualTo(n);
        assertThat(error.rmse()).isCloseTo(Math.sqrt(model2 / n), within(1e-12));
        assertThat(error.meanRmse()).isCloseTo(Math.sqrt(mean2 / n), within(1e-12));
    }

    @Test
    void implicitLossFallsEveryIterationAndThreeConjugateGradientStepsComeClose() {
        Interactions data = Interactions.from(Synthetic.interactions(150, 80, 10, 3, 0.8, 2.0, 3), "user", "item",
                null, null);
        SparseRows history = data.byUser();
        double previous = Double.POSITIVE_INFINITY;
        for (int it = 1; it <= 6; it++) {
            double loss = ImplicitAlsSolver.loss(history,
                    new ImplicitAls(6, 0.1, 5, it, Solver.CHOLESKY, 1, 2).learn(data, history), 5, 0.1);
            assertThat(loss).isLessThan(previous);
            previous = loss;
        }
        double cg = ImplicitAlsSolver.loss(history,
                new ImplicitAls(6, 0.1, 5, 6, Solver.CG, 3, 2).learn(data, history), 5, 0.1);
        assertThat(cg).isBetween(previous, 1.02 * previous);
        // with as many steps as factors, conjugate gradient is the exact solve
        FactorScorer exact = new ImplicitAls(6, 0.1, 5, 6, Solver.CHOLESKY, 1, 2).learn(data, history);
        FactorScorer full = new ImplicitAls(6, 0.1, 5, 6, Solver.CG, 6, 2).learn(data, history);
        for (int j = 0; j < data.items().size(); j++) {
            for (int f = 0; f < 6; f++) {
                assertThat(full.itemFactor(j)[f]).isCloseTo(exact.itemFactor(j)[f], within(1e-6));
            }
        }
    }

    @Test
    void lossAgreesWithTheSumOverEveryCell() {
        Interactions data = Interactions.from(Synthetic.interactions(30, 20, 5, 2, 0.5, 1.0, 8), "user", "item",
                null, null);
        SparseRows history = data.byUser();
        FactorScorer model = new ImplicitAls(3, 0.2, 4, 2, Solver.CG, 3, 1).learn(data, history);
        double direct = 0;
        for (int u = 0; u < 30; u++) {
            for (int j = 0; j < data.items().size(); j++) {
                double s = 0;
                for (int f = 0; f < 3; f++) {
                    s += model.userFactor(u)[f] * model.itemFactor(j)[f];
                }
                boolean seen = history.contains(u, j);
                double c = seen ? 1 + 4 : 1;
                double p = seen ? 1 : 0;
                direct += c * (p - s) * (p - s);
            }
            for (double x : model.userFactor(u)) {
                direct += 0.2 * x * x;
            }
        }
        for (int j = 0; j < data.items().size(); j++) {
            for (double y : model.itemFactor(j)) {
                direct += 0.2 * y * y;
            }
        }
        assertThat(ImplicitAlsSolver.loss(history, model, 4, 0.2)).isCloseTo(direct, within(1e-9 * direct));
    }
}
