package dev.lathe.model.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.data.Synthetic;
import dev.lathe.eval.TopNMetrics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On synthetic interactions driven by latent tastes and Zipf popularity, the models that learn tastes must beat
 * the popularity baseline on held-out interactions (leave-last-out and temporal splits, NDCG@10 and
 * recall@10); with taste switched off, popularity is the truth and no model should beat it by much.
 */
class RecommenderQualityTest {

    static RecommendSplit lastOut;
    static RecommendSplit temporal;

    @BeforeAll
    static void data() {
        Interactions data = Interactions.from(Synthetic.interactions(600, 300, 25, 4, 0.8, 3.0, 11), "user", "item",
                null, "time");
        lastOut = RecommendSplit.leaveLastOut(data);
        temporal = RecommendSplit.temporal(data, 0.2);
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
    void withoutTastesPopularityIsTheTruthAndFactorsGainLittle() {
        Interactions data = Interactions.from(Synthetic.interactions(600, 300, 25, 4, 0.8, 0.0, 11), "user", "item",
                null, "time");
        RecommendSplit split = RecommendSplit.leaveLastOut(data);
        TopNMetrics pop = score(new Popularity(), split);
        TopNMetrics implicit = score(new ImplicitAls(16, 0.1, 10, 15, Solver.CG, 3, 1), split);
        assertThat(implicit.ndcg()).isLessThan(1.1 * pop.ndcg());
    }
}
