package dev.lathe.stats.test;

import static dev.lathe.testing.JsonFixtures.doubles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.testing.JsonFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Adjusted p-values and decisions against statsmodels' {@code multipletests}
 * ({@code fixtures/stats-test/multiple_testing.json}; producer in the README there).
 */
class MultipleTestingTest {

    @Test
    void everyCorrectionMatchesStatsmodels() {
        JsonNode root = JsonFixtures.read("stats-test/multiple_testing.json");
        int compared = 0;
        for (Map.Entry<String, JsonNode> c : (Iterable<Map.Entry<String, JsonNode>>) root::fields) {
            double[] p = doubles(c.getValue().get("p"));
            for (MultipleTesting m : MultipleTesting.values()) {
                JsonNode expected = c.getValue().get(m.label());
                double[] want = doubles(expected.get("adjusted"));
                double[] got = m.adjust(p);
                boolean[] rejected = m.reject(p, 0.05);
                for (int i = 0; i < p.length; i++) {
                    assertThat(got[i]).as("%s %s p[%d]", c.getKey(), m, i).isCloseTo(want[i], within(1e-12));
                    assertThat(rejected[i]).as("%s %s reject[%d]", c.getKey(), m, i)
                            .isEqualTo(expected.get("reject_005").get(i).asBoolean());
                }
                compared++;
            }
        }
        assertThat(compared).isEqualTo(15);
    }

    @Test
    void adjustedValuesNeverFallBelowTheRawOnes() {
        double[] p = {0.3, 0.001, 0.04, 0.04, 0.7};
        for (MultipleTesting m : MultipleTesting.values()) {
            double[] adjusted = m.adjust(p);
            for (int i = 0; i < p.length; i++) {
                assertThat(adjusted[i]).as("%s", m).isBetween(p[i], 1.0);
            }
        }
    }

    @Test
    void parsesShortAndStatsmodelsNames() {
        assertThat(MultipleTesting.parse("fdr_bh")).isEqualTo(MultipleTesting.BENJAMINI_HOCHBERG);
        assertThat(MultipleTesting.parse("BY")).isEqualTo(MultipleTesting.BENJAMINI_YEKUTIELI);
        assertThat(MultipleTesting.parse("holm")).isEqualTo(MultipleTesting.HOLM);
        assertThatThrownBy(() -> MultipleTesting.parse("sidak")).hasMessageContaining("'sidak'")
                .hasMessageContaining("bonferroni, holm, hochberg, bh or by");
    }

    @Test
    void refusesBadPValuesAndLevels() {
        assertThatThrownBy(() -> MultipleTesting.HOLM.adjust(new double[0])).hasMessageContaining("no p-values");
        assertThatThrownBy(() -> MultipleTesting.HOLM.adjust(new double[] {0.1, 1.2}))
                .hasMessageContaining("p-value 2 is 1.2");
        assertThatThrownBy(() -> MultipleTesting.BONFERRONI.adjust(new double[] {Double.NaN}))
                .hasMessageContaining("p-value 1 is NaN");
        assertThatThrownBy(() -> MultipleTesting.BONFERRONI.reject(new double[] {0.1}, 0))
                .hasMessageContaining("alpha must be in (0, 1)");
    }
}
