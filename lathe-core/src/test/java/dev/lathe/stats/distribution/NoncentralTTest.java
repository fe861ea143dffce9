package dev.lathe.stats.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.testing.JsonFixtures;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** The noncentral t CDF against scipy.stats.nct (fixtures/ab/design.json). */
class NoncentralTTest {

    @Test
    void agreesWithScipy() {
        for (JsonNode c : JsonFixtures.read("ab/design.json").get("noncentral_t")) {
            double p = NoncentralT.cdf(c.get("t").asDouble(), c.get("df").asDouble(), c.get("ncp").asDouble());
            double expected = c.get("cdf").asDouble();
            assertThat(p).as(c.toString()).isCloseTo(expected, within(1e-10 + 1e-9 * expected));
        }
    }

    @Test
    void zeroNoncentralityIsTheCentralT() {
        assertThat(NoncentralT.cdf(1.3, 7, 0)).isEqualTo(TDistribution.of(7).cumulativeProbability(1.3));
    }

    @Test
    void noncentralityInvertsTheCdfInDelta() {
        double[][] cases = {{2.5, 5, 0.975}, {2.5, 5, 0.025}, {-1.2, 3, 0.5}, {14.0, 73, 0.001}, {0.0, 1, 0.9}};
        for (double[] c : cases) {
            double delta = NoncentralT.noncentrality(c[0], c[1], c[2]);
            assertThat(NoncentralT.cdf(c[0], c[1], delta)).as(java.util.Arrays.toString(c))
                    .isCloseTo(c[2], within(1e-12));
        }
        // the cdf falls as delta grows, so a smaller probability needs a larger delta
        assertThat(NoncentralT.noncentrality(2.5, 5, 0.025)).isGreaterThan(NoncentralT.noncentrality(2.5, 5, 0.975));
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> NoncentralT.cdf(1, 0, 1)).hasMessageContaining("df = 0.0");
        assertThatThrownBy(() -> NoncentralT.noncentrality(1, 4, 1)).hasMessage(
                "the probability must lie in (0, 1), got 1.0");
    }
}
