package dev.lathe.stats.test;

import static dev.lathe.testing.JsonFixtures.doubles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** z-tests against statsmodels' ztest, proportions_ztest and confidence intervals (fixtures/stats-test-basic). */
class ZTestsTest {

    @Test
    void meanMatchesStatsmodels() {
        JsonNode m = BasicFixture.root().get("z").get("mean");
        double[] x = doubles(BasicFixture.root().get("t").get("x"));
        InferenceResult r = ZTests.mean(x, m.get("mu").asDouble(), Double.NaN, Alternative.TWO_SIDED, 0.95);
        assertThat(r.statistic()).isCloseTo(m.get("z").asDouble(), within(1e-12));
        assertThat(r.pValue()).isCloseTo(m.get("p").asDouble(), within(1e-14));
        assertThat(r.estimate().low()).isCloseTo(m.get("ci").get(0).asDouble(), within(1e-12));
        assertThat(r.estimate().high()).isCloseTo(m.get("ci").get(1).asDouble(), within(1e-12));
        InferenceResult known = ZTests.mean(new double[] {1, 2, 3, 4}, 2, 1, Alternative.GREATER, 0.95);
        assertThat(known.statistic()).isCloseTo(1.0, within(1e-15));
        assertThat(known.pValue()).isCloseTo(0.15865525393145707, within(1e-15));
    }

    @Test
    void proportionsMatchStatsmodels() {
        JsonNode z = BasicFixture.root().get("z");
        JsonNode one = z.get("proportion");
        InferenceResult r = ZTests.proportion(one.get("k").asLong(), one.get("n").asLong(), one.get("p0").asDouble(),
                Alternative.TWO_SIDED, 0.95);
        assertThat(r.statistic()).isCloseTo(one.get("z").asDouble(), within(1e-12));
        assertThat(r.pValue()).isCloseTo(one.get("p").asDouble(), within(1e-14));
        assertThat(r.estimate().low()).isCloseTo(one.get("wilson").get(0).asDouble(), within(1e-12));
        assertThat(r.estimate().high()).isCloseTo(one.get("wilson").get(1).asDouble(), within(1e-12));
        JsonNode two = z.get("two_proportions");
        for (Map.Entry<String, JsonNode> p : (Iterable<Map.Entry<String, JsonNode>>) two.get("p")::fields) {
            InferenceResult t = ZTests.twoProportions(two.get("k1").asLong(), two.get("n1").asLong(),
                    two.get("k2").asLong(), two.get("n2").asLong(), Alternative.parse(p.getKey()), 0.95);
            assertThat(t.statistic()).isCloseTo(two.get("z").asDouble(), within(1e-12));
            assertThat(t.pValue()).as(p.getKey()).isCloseTo(p.getValue().asDouble(), within(1e-14));
            if (p.getKey().equals("two-sided")) {
                assertThat(t.estimate().low()).isCloseTo(two.get("wald_ci").get(0).asDouble(), within(1e-12));
                assertThat(t.estimate().high()).isCloseTo(two.get("wald_ci").get(1).asDouble(), within(1e-12));
            }
        }
    }

    @Test
    void badCountsAndProbabilitiesAreRefused() {
        assertThatThrownBy(() -> ZTests.proportion(-1, 10, 0.5, Alternative.TWO_SIDED, 0.95))
                .hasMessage("the number of successes is -1: counts cannot be negative");
        assertThatThrownBy(() -> ZTests.proportion(11, 10, 0.5, Alternative.TWO_SIDED, 0.95))
                .hasMessage("the number of successes (11) exceeds the number of trials (10)");
        assertThatThrownBy(() -> ZTests.proportion(3, 10, 1.5, Alternative.TWO_SIDED, 0.95))
                .hasMessage("null proportion p0 is 1.5: expected a probability in [0, 1]");
        assertThatThrownBy(() -> ZTests.twoProportions(0, 10, 0, 12, Alternative.TWO_SIDED, 0.95))
                .hasMessage("both samples are all failures: zero variance, the z statistic is undefined");
        assertThatThrownBy(() -> ZTests.mean(new double[] {2, 2, 2}, 0, Double.NaN, Alternative.TWO_SIDED, 0.95))
                .hasMessageContaining("zero variance");
        assertThatThrownBy(() -> ZTests.mean(new double[] {1}, 0, 1, Alternative.TWO_SIDED, 0.95))
                .hasMessage("sample has 1 observation: expected at least 2");
    }
}
