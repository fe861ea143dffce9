package dev.lathe.stats.ab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.stats.test.Alternative;
import dev.lathe.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/** Power and sample size against the published values and statsmodels (fixtures/ab/design.json). */
class DesignTest {

    private static final JsonNode FIXTURE = JsonFixtures.read("ab/design.json");

    // ../shared/refs/README.md, section "Sample size and power": R power.t.test (strict = FALSE, its default).
    @Test
    void reproducesRPowerTTest() {
        MeansDesign r = new MeansDesign(true, 1, 0.05, Alternative.TWO_SIDED, false);
        assertThat(r.power(20, 1)).isCloseTo(0.8689528, within(5e-8));
        assertThat(r.sampleSize(1, 0.9).exact()).isCloseTo(22.02110, within(5e-6));
        assertThat(r.sampleSize(1, 0.9).first()).isEqualTo(23);
    }

    // ../shared/refs/README.md, section "Sample size and power": R power.prop.test.
    @Test
    void reproducesRPowerPropTest() {
        ProportionsDesign r = new ProportionsDesign(1, 0.05, Alternative.TWO_SIDED, false);
        assertThat(r.power(0.5, 0.75, 50)).isCloseTo(0.7401659, within(5e-8));
    }

    // ../shared/refs/README.md, section "Sample size and power": R pwr.t.test, d = 1, n = 30.
    @Test
    void reproducesPwr() {
        assertThat(MeansDesign.twoSample(0.05).power(30, 1)).isCloseTo(0.967708258242517, within(1e-12));
    }

    // ../shared/refs/README.md, section "Sample size and power": Normal approximation (Cohen's h), n1 = n2 = 80.
    @Test
    void reproducesTheNormalApproximation() {
        ProportionsDesign h = new ProportionsDesign(1, 0.05, Alternative.TWO_SIDED, true);
        assertThat(h.powerForH(0.3, 80)).isCloseTo(0.475100870572638, within(1e-12));
    }

    // ../shared/refs/README.md, section "Sample size and power": G*Power manual, 88 per group, 176 in all.
    @Test
    void reproducesGPower() {
        SampleSize n = new MeansDesign(true, 1, 0.05, Alternative.GREATER, true).sampleSize(0.5, 0.95);
        assertThat(n.first()).isEqualTo(88);
        assertThat(n.second()).isEqualTo(88);
        assertThat(n.total()).isEqualTo(176);
    }

    @Test
    void tPowerAgreesWithStatsmodels() {
        for (JsonNode c : FIXTURE.get("t_two_sample_power")) {
            MeansDesign d = new MeansDesign(true, c.get("ratio").asDouble(), c.get("alpha").asDouble(),
                    Alternative.parse(c.get("alternative").asText()), true);
            assertThat(d.power(c.get("n1").asDouble(), c.get("d").asDouble())).as(c.toString())
                    .isCloseTo(c.get("power").asDouble(), within(1e-9));
        }
        for (JsonNode c : FIXTURE.get("t_one_sample_power")) {
            MeansDesign d = new MeansDesign(false, 1, c.get("alpha").asDouble(),
                    Alternative.parse(c.get("alternative").asText()), true);
            assertThat(d.power(c.get("n").asDouble(), c.get("d").asDouble())).as(c.toString())
                    .isCloseTo(c.get("power").asDouble(), within(1e-9));
        }
        for (JsonNode c : FIXTURE.get("t_two_sample_size")) {
            MeansDesign d = new MeansDesign(true, c.get("ratio").asDouble(), c.get("alpha").asDouble(),
                    Alternative.parse(c.get("alternative").asText()), true);
            assertThat(d.sampleSize(c.get("d").asDouble(), c.get("power").asDouble()).exact()).as(c.toString())
                    .isCloseTo(c.get("n1").asDouble(), within(1e-5));
        }
    }

    @Test
    void proportionPowerAgreesWithStatsmodels() {
        for (JsonNode c : FIXTURE.get("h_power")) {
            ProportionsDesign d = new ProportionsDesign(c.get("ratio").asDouble(), c.get("alpha").asDouble(),
                    Alternative.parse(c.get("alternative").asText()), true);
            assertThat(d.powerForH(c.get("h").asDouble(), c.get("n1").asDouble())).as(c.toString())
                    .isCloseTo(c.get("power").asDouble(), within(1e-12));
        }
        for (JsonNode c : FIXTURE.get("proportions_power")) {
            ProportionsDesign d = new ProportionsDesign(c.get("ratio").asDouble(), c.get("alpha").asDouble(),
                    Alternative.parse(c.get("alternative").asText()), true);
            assertThat(d.power(c.get("p1").asDouble(), c.get("p2").asDouble(), c.get("n1").asDouble()))
                    .as(c.toString()).isCloseTo(c.get("power").asDouble(), within(1e-10));
        }
    }

    @Test
    void minimumDetectableEffectInvertsPower() {
        MeansDesign m = MeansDesign.twoSample(0.05);
        double d = m.minimumEffect(50, 0.8);
        assertThat(m.power(50, d)).isCloseTo(0.8, within(1e-10));
        assertThat(d).isCloseTo(0.566, within(0.001));
        ProportionsDesign p = new ProportionsDesign(1, 0.05, Alternative.TWO_SIDED, true);
        double p2 = p.minimumDetectable(0.1, 3000, 0.8);
        assertThat(p.power(0.1, p2, 3000)).isCloseTo(0.8, within(1e-10));
        assertThat(p2).isGreaterThan(0.1);
        SampleSize n = p.sampleSize(0.1, p2, 0.8);
        assertThat(n.exact()).isCloseTo(3000, within(1e-4));
        double lower = new ProportionsDesign(1, 0.05, Alternative.LESS, true).minimumDetectable(0.1, 3000, 0.8);
        assertThat(lower).isLessThan(0.1);
    }

    @Test
    void unequalGroupsRoundTheSecondUp() {
        SampleSize n = new MeansDesign(true, 2, 0.05, Alternative.TWO_SIDED, true).sampleSize(0.5, 0.8);
        assertThat(n.second()).isEqualTo(2 * n.first());
        assertThat(new MeansDesign(false, 1, 0.05, Alternative.TWO_SIDED, true).sampleSize(0.5, 0.8).second()).isZero();
    }

    @Test
    void badInputIsRefusedWithTheValue() {
        assertThatThrownBy(() -> new MeansDesign(true, 1, 1.5, Alternative.TWO_SIDED, true))
                .hasMessageContaining("alpha must be in (0, 1), got 1.5");
        assertThatThrownBy(() -> MeansDesign.twoSample(0.05).sampleSize(0.5, 1.2))
                .hasMessageContaining("target power must be in (alpha, 1) = (0.05, 1), got 1.2");
        assertThatThrownBy(() -> MeansDesign.twoSample(0.05).sampleSize(0, 0.8))
                .hasMessageContaining("d must be finite and non-zero, got 0.0");
        assertThatThrownBy(() -> new MeansDesign(true, 1, 0.05, Alternative.GREATER, true).sampleSize(-0.5, 0.8))
                .hasMessageContaining("check its sign against the alternative greater");
        assertThatThrownBy(() -> new MeansDesign(true, -1, 0.05, Alternative.TWO_SIDED, true))
                .hasMessageContaining("ratio n2 / n1 must be positive and finite, got -1.0");
        ProportionsDesign p = new ProportionsDesign(1, 0.05, Alternative.TWO_SIDED, true);
        assertThatThrownBy(() -> p.power(1.1, 0.5, 100)).hasMessageContaining("p1 must be a probability in [0, 1], got 1.1");
        assertThatThrownBy(() -> p.power(0.4, -0.5, 100)).hasMessageContaining("p2 must be a probability in [0, 1], got -0.5");
        assertThatThrownBy(() -> p.sampleSize(0.3, 0.3, 0.8)).hasMessageContaining("must differ");
        assertThatThrownBy(() -> MeansDesign.twoSample(0.05).power(1, 0.5)).hasMessageContaining("n1 = 1.0 leaves 0.0");
    }
}
