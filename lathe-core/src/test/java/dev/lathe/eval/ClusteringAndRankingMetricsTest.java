package dev.lathe.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/**
 * Clustering (three 2-D blobs, known labels against a four-cluster labelling with ids -1, 2, 5, 7) and ranking
 * (8 queries, graded relevance 0..3, tied scores) against scikit-learn 1.2.1 and numpy (metric_families.json).
 */
class ClusteringAndRankingMetricsTest {

    private static final JsonNode C = Fixture.ROOT.get("clustering");
    private static final JsonNode K = Fixture.ROOT.get("ranking");

    @Test
    void clusteringMetricsAgree() {
        double[][] x = JsonFixtures.matrix(C.get("x"));
        int[] truth = JsonFixtures.ints(C.get("truth"));
        int[] found = JsonFixtures.ints(C.get("found"));
        close(ClusteringMetrics.silhouette(x, found), C, "silhouette");
        close(ClusteringMetrics.silhouette(x, truth), C, "silhouette_truth");
        close(ClusteringMetrics.daviesBouldin(x, found), C, "davies_bouldin");
        close(ClusteringMetrics.calinskiHarabasz(x, found), C, "calinski_harabasz");
        close(ClusteringMetrics.adjustedRand(truth, found), C, "adjusted_rand");
        close(ClusteringMetrics.adjustedMutualInfo(truth, found), C, "adjusted_mutual_info");
        close(ClusteringMetrics.normalizedMutualInfo(truth, found), C, "normalized_mutual_info");
    }

    @Test
    void identicalAndSingleClusterLabellingsGiveScikitLearnsLimits() {
        int[] a = {0, 0, 1, 1, 2};
        int[] b = {5, 5, 3, 3, 9};
        assertThat(ClusteringMetrics.adjustedRand(a, b)).isEqualTo(1);
        assertThat(ClusteringMetrics.adjustedMutualInfo(a, b)).isCloseTo(1, within(1e-12));
        assertThat(ClusteringMetrics.normalizedMutualInfo(a, b)).isCloseTo(1, within(1e-12));
        int[] one = {4, 4, 4, 4, 4};
        assertThat(ClusteringMetrics.adjustedMutualInfo(one, one)).isEqualTo(1);
        assertThat(ClusteringMetrics.normalizedMutualInfo(a, one)).isZero();
    }

    @Test
    void rankingMetricsAgree() {
        double[][] rel = JsonFixtures.matrix(K.get("relevance"));
        double[][] s = JsonFixtures.matrix(K.get("scores"));
        int k = K.get("k").asInt();
        close(RankingMetrics.ndcg(rel, s, k, null), K, "ndcg_5");
        close(RankingMetrics.ndcg(rel, s, Integer.MAX_VALUE, null), K, "ndcg");
        close(RankingMetrics.ndcg(rel, s, k, JsonFixtures.doubles(K.get("w"))), K, "ndcg_5_w");
        close(RankingMetrics.precisionAtK(rel, s, k), K, "precision_5");
        close(RankingMetrics.recallAtK(rel, s, k), K, "recall_5");
        close(RankingMetrics.meanAveragePrecision(rel, s), K, "map");
    }

    @Test
    void aQueryWithNothingRelevantScoresZero() {
        double[][] rel = {{0, 0, 0}};
        double[][] s = {{0.3, 0.2, 0.1}};
        assertThat(RankingMetrics.ndcg(rel, s, 2, null)).isZero();
        assertThat(RankingMetrics.meanAveragePrecision(rel, s)).isZero();
        assertThat(RankingMetrics.recallAtK(rel, s, 2)).isZero();
    }

    @Test
    void badInputsAreClearErrors() {
        double[][] x = {{0, 0}, {1, 1}, {5, 5}};
        assertThatThrownBy(() -> ClusteringMetrics.silhouette(x, new int[] {1, 1, 1}))
                .hasMessage("the labelling has 1 clusters; this metric needs 2 to 2 (the number of rows - 1)");
        assertThatThrownBy(() -> ClusteringMetrics.daviesBouldin(x, new int[] {1, 1}))
                .hasMessage("targets and predictions differ in length: 2 and 3");
        assertThatThrownBy(() -> ClusteringMetrics.calinskiHarabasz(new double[][] {{0, 0}, {1, Double.NaN}, {2, 2}},
                new int[] {0, 1, 1})).hasMessage("row 2 has a feature that is missing or infinite");
        assertThatThrownBy(() -> ClusteringMetrics.adjustedRand(new int[] {0}, new int[] {0, 1}))
                .hasMessage("targets and predictions differ in length: 1 and 2");
        assertThatThrownBy(() -> RankingMetrics.ndcg(new double[][] {{1, 0}}, new double[][] {{0.5, Double.NaN}}, 1, null))
                .hasMessage("query 1, item 2 has relevance 0.0 and score NaN; relevance must be finite and 0 or more,"
                        + " scores not missing");
        assertThatThrownBy(() -> RankingMetrics.precisionAtK(new double[][] {{1, 0}}, new double[][] {{0.5}}, 1))
                .hasMessage("query 1 has 2 relevance values and 1 scores; need equally many, at least one");
        assertThatThrownBy(() -> RankingMetrics.recallAtK(new double[][] {{1}}, new double[][] {{0.5}}, 0))
                .hasMessage("ranking metrics need k >= 1, got 0");
    }

    private static void close(double actual, JsonNode node, String key) {
        assertThat(actual).as(key).isCloseTo(node.get(key).asDouble(), within(1e-12));
    }
}
