package dev.lathe.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/**
 * Top-N metrics against hand-computed values and against fixtures/recommend/recommend.json (plain-Python
 * definitions and scikit-learn 1.2.1's ndcg_score, see the README there).
 */
class TopNMetricsTest {

    @Test
    void matchesAHandComputedList() {
        // list 7, 3, 9, 1, 4; relevant {3, 4, 8}; hits at positions 2 and 5
        int[] rec = {7, 3, 9, 1, 4};
        int[] rel = {8, 4, 3};
        assertThat(TopNMetrics.precisionAtK(rec, rel, 5)).isEqualTo(2.0 / 5);
        assertThat(TopNMetrics.recallAtK(rec, rel, 5)).isEqualTo(2.0 / 3);
        assertThat(TopNMetrics.precisionAtK(rec, rel, 1)).isZero();
        // AP@5 = (1/2 + 2/5) / min(5, 3) = 0.3
        assertThat(TopNMetrics.averagePrecisionAtK(rec, rel, 5)).isCloseTo(0.3, within(1e-15));
        // DCG@5 = 1/log2(3) + 1/log2(6); ideal = 1 + 1/log2(3) + 1/log2(4)
        double dcg = 1 / (Math.log(3) / Math.log(2)) + 1 / (Math.log(6) / Math.log(2));
        double ideal = 1 + 1 / (Math.log(3) / Math.log(2)) + 0.5;
        assertThat(TopNMetrics.ndcgAtK(rec, rel, 5)).isCloseTo(dcg / ideal, within(1e-15));
        // a list shorter than k still divides precision by k
        assertThat(TopNMetrics.precisionAtK(new int[] {3}, rel, 10)).isEqualTo(0.1);
        // a perfect list scores 1
        assertThat(TopNMetrics.ndcgAtK(new int[] {3, 4, 8, 1}, rel, 3)).isCloseTo(1.0, within(1e-15));
        assertThat(TopNMetrics.averagePrecisionAtK(new int[] {4, 8}, rel, 2)).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void averagesUsersAndCountsCoverage() {
        TopNMetrics m = TopNMetrics.of(new int[][] {{0, 1}, {1, 2}}, new int[][] {{1}, {5}}, 2, 10);
        assertThat(m.precision()).isEqualTo(0.25);
        assertThat(m.recall()).isEqualTo(0.5);
        assertThat(m.map()).isEqualTo(0.25);
        assertThat(m.coverage()).isEqualTo(0.3);
        assertThat(m.users()).isEqualTo(2);
    }

    @Test
    void matchesThePythonFixture() {
        JsonNode fixture = JsonFixtures.read("recommend/recommend.json").path("metrics");
        JsonNode users = fixture.path("users");
        int n = users.size();
        int[][] rec = new int[n][];
        int[][] rel = new int[n][];
        for (int u = 0; u < n; u++) {
            rec[u] = JsonFixtures.ints(users.get(u).path("recommended"));
            rel[u] = JsonFixtures.ints(users.get(u).path("relevant"));
        }
        int checked = 0;
        for (JsonNode c : fixture.path("cases")) {
            int k = c.path("k").asInt();
            int longLists = 0;
            for (int u = 0; u < n; u++) {
                assertThat(TopNMetrics.precisionAtK(rec[u], rel[u], k)).isCloseTo(c.path("precision").get(u).asDouble(), within(1e-12));
                assertThat(TopNMetrics.recallAtK(rec[u], rel[u], k)).isCloseTo(c.path("recall").get(u).asDouble(), within(1e-12));
                assertThat(TopNMetrics.averagePrecisionAtK(rec[u], rel[u], k)).isCloseTo(c.path("ap").get(u).asDouble(), within(1e-12));
                assertThat(TopNMetrics.ndcgAtK(rec[u], rel[u], k)).isCloseTo(c.path("ndcg").get(u).asDouble(), within(1e-12));
                if (rec[u].length >= k) {
                    assertThat(TopNMetrics.ndcgAtK(rec[u], rel[u], k))
                            .isCloseTo(c.path("ndcg_sklearn_long_lists").get(longLists++).asDouble(), within(1e-12));
                }
                checked++;
            }
            TopNMetrics m = TopNMetrics.of(rec, rel, k, fixture.path("catalog").asInt());
            assertThat(m.precision()).isCloseTo(c.path("mean_precision").asDouble(), within(1e-12));
            assertThat(m.recall()).isCloseTo(c.path("mean_recall").asDouble(), within(1e-12));
            assertThat(m.map()).isCloseTo(c.path("map").asDouble(), within(1e-12));
            assertThat(m.ndcg()).isCloseTo(c.path("mean_ndcg").asDouble(), within(1e-12));
            assertThat(m.coverage()).isCloseTo(c.path("coverage").asDouble(), within(1e-12));
        }
        assertThat(checked).isEqualTo(120);
    }

    @Test
    void refusesBadInput() {
        assertThatThrownBy(() -> TopNMetrics.precisionAtK(new int[] {1}, new int[] {1}, 0))
                .hasMessage("k must be at least 1, got 0");
        assertThatThrownBy(() -> TopNMetrics.ndcgAtK(new int[] {1}, new int[0], 3))
                .hasMessage("a user needs at least one relevant item to be evaluated");
        assertThatThrownBy(() -> TopNMetrics.of(new int[][] {{1}}, new int[0][], 3, 5))
                .hasMessageContaining("got 1 lists and 0 sets");
        assertThatThrownBy(() -> TopNMetrics.of(new int[][] {{7}}, new int[][] {{1}}, 3, 5))
                .hasMessage("user 0 is recommended item 7, outside the catalogue of 5");
    }
}
