package dev.lathe.stats.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * JZS Bayes factors against scipy.integrate.quad of Rouder et al.'s integral (fixtures/bayesian). The paired
 * sleep case is BayesFactor's {@code ttestBF(sleep$extra[1:10], sleep$extra[11:20], paired = TRUE)}, 17.25888.
 */
class JzsBayesFactorTest {

    @Test
    void agreesWithQuadrature() {
        for (JsonNode c : Fixture.JSON.get("jzs")) {
            double t = c.get("t").asDouble();
            double r = c.get("r").asDouble();
            double bf = c.get("kind").asText().equals("two")
                    ? JzsBayesFactor.twoSample(t, c.get("n1").asInt(), c.get("n2").asInt(), r)
                    : JzsBayesFactor.oneSample(t, c.get("n1").asInt(), r);
            assertThat(bf).as(c.toString()).isCloseTo(c.get("bf10").asDouble(), within(1e-8 * c.get("bf10").asDouble()));
        }
    }

    @Test
    void sleepDataPairedGivesStrongEvidence() {
        double t = Fixture.JSON.get("jzs").get(0).get("t").asDouble();
        assertThat(JzsBayesFactor.oneSample(t, 10, JzsBayesFactor.MEDIUM)).isCloseTo(17.25888, within(5e-6));
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> JzsBayesFactor.oneSample(1, 1, 1)).hasMessageContaining("at least 2 observations, got 1");
        assertThatThrownBy(() -> JzsBayesFactor.oneSample(Double.NaN, 5, 1)).hasMessageContaining("must be finite, got NaN");
        assertThatThrownBy(() -> JzsBayesFactor.twoSample(1, 5, 5, -1)).hasMessageContaining("got -1.0");
    }
}
