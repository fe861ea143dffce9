package dev.lathe.model.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.data.Synthetic;
import dev.lathe.eval.TopNMetrics;
import dev.lathe.frame.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On synthetic interactions driven by latent tastes and Zipf popularity, the models that learn tastes must beat
 * the popularity baseline on held-out interactions (leave-last-out and temporal splits, NDCG@10 and
 * recall@10; explicit ALS on the ratings once missing cells are imputed); with taste switched off, popularity
 * is the truth and no model should beat it by much.
 */
class RecommenderQualityTest {

    static RecommendSplit lastOut;
    static RecommendSplit temporal;
    static RecommendSplit ratedLastOut;
    static RecommendSplit ratedTemporal;

    @BeforeAll
    static void data() {
        Frame log = Synthetic.interactions(600, 300, 25, 4, 0.8, 3.0, 11);
        Interactions data = Interactions.from(log, "user", "item", null, "time");
        lastOut = RecommendSplit.leaveLastOut(data);
        temporal = RecommendSplit.temporal(data, 0.2);
        Interactions rated = Interactions.from(log, "user", "item", "rating", "time");
        ratedLastOut = RecommendSplit.leaveLastOut(rated);
        ratedTemporal = RecommendSplit.temporal(rated, 0.2);
    }

    static TopNMetrics score(Recommender r, RecommendSplit split) {
        return RecommenderEvaluation.evaluate(r.fit(split.train()), split.test(), 10).metrics();
    }

    @Test
    void factorModelsAndNeighboursBeatPopularityLeavingTheLastOut() {
        TopNMetrics pop = score(new Popularity(), lastOut);
        TopNMetrics implicit = score(new ImplicitAls(16, 0.1, 10, 15, Solver.CG, 3, 1), lastOut);
        TopNMetrics knn = score(new ItemKnn(30), lastOut);
        assertThat(implicit.ndcg()).isGreaterThan(1.3 * pop.ndcg());
        assertThat(implicit.recall()).isGreaterThan(pop.recall());
        assertThat(knn.ndcg()).isGreaterThan(pop.ndcg());
    }

    @Test
    void factorModelsBeatPopularityOnATemporalSplit() {
        TopNMetrics pop = score(new Popularity(), temporal);
        TopNMetrics implicit = score(new ImplicitAls(16, 0.1, 10, 15, Solver.CG, 3, 1), temporal);
        assertThat(implicit.ndcg()).isGreaterThan(pop.ndcg());
        assertThat(implicit.coverage()).isGreaterThan(pop.coverage());
    }

    @Test
    void explicitAlsWithMissingCellsImputedBeatsPopularityWhileTheRatingsOnlyModelDoesNot() {
        for (RecommendSplit split : java.util.List.of(ratedLastOut, ratedTemporal)) {
            TopNMetrics pop = score(new Popularity(), split);
            FittedRecommender weighted = new ExplicitAls().fit(split.train());
            FittedRecommender ratingsOnly = ExplicitAls.ratingsOnly(10, 0.1, 15, 0).fit(split.train());
            TopNMetrics w = RecommenderEvaluation.evaluate(weighted, split.test(), 10).metrics();
            TopNMetrics r = RecommenderEvaluation.evaluate(ratingsOnly, split.test(), 10).metrics();
            RatingError wError = RatingError.of(weighted, split.test());
            RatingError rError = RatingError.of(ratingsOnly, split.test());
            System.out.printf(java.util.Locale.ROOT, "%s: ndcg@10 popularity %.4f, als %.4f, ratings-only %.4f; "
                            + "recall@10 %.4f, %.4f, %.4f; rating RMSE als %.3f, ratings-only %.3f, mean %.3f%n",
                    split == ratedLastOut ? "leave-last-out" : "temporal", pop.ndcg(), w.ndcg(), r.ndcg(),
                    pop.recall(), w.recall(), r.recall(), wError.rmse(), rError.rmse(), rError.meanRmse());
            assertThat(w.ndcg()).isGreaterThan(pop.ndcg());
            assertThat(w.recall()).isGreaterThan(pop.recall());
            assertThat(r.ndcg()).isLessThan(pop.ndcg());
            // the trade: imputing the missing cells costs rating accuracy
            assertThat(rError.rmse()).isLessThan(wError.rmse());
        }
        TopNMetrics pop = score(new Popularity(), ratedLastOut);
        assertThat(score(new ExplicitAls(), ratedLastOut).ndcg()).isGreaterThan(2 * pop.ndcg());
    }

    @Test
    void withoutTastesPopularityIsTheTruthAndFactorsGainLittle() {
        Interactions data = Interactions.from(Synthetic.interactions(600, 300, 25, 4, 0.8, 0.0, 11), "user", "item",
                null, "time");
        RecommendSplit split = RecommendSplit.leaveLastOut(data);
        TopNMetrics pop = score(new Popularity(), split);
        TopNMetrics implicit = score(new ImplicitAls(16, 0.1, 10, 15, Solver.CG, 3, 1), split);
        assertThat(implicit.ndcg()).isLessThan(1.1 * pop.ndcg());
    }
}
