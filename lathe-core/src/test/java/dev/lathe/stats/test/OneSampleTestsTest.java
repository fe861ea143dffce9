package dev.lathe.stats.test;

import static dev.lathe.stats.test.BasicFixture.alternative;
import static dev.lathe.stats.test.BasicFixture.table;
import static dev.lathe.testing.JsonFixtures.doubles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.stats.Correlation;
import org.junit.jupiter.api.Test;

/**
 * Binomial, Shapiro-Wilk, McNemar and correlation tests against scipy and statsmodels
 * (fixtures/stats-test-basic).
 */
class OneSampleTestsTest {

    @Test
    void binomialMatchesScipyWithClopperPearsonIntervals() {
        int checked = 0;
        for (JsonNode c : BasicFixture.root().get("binomial")) {
            InferenceResult r = OneSampleTests.binomial(c.get("k").asLong(), c.get("n").asLong(), c.get("p0").asDouble(),
                    alternative(c), 0.95);
            assertThat(r.pValue()).as(c.toString()).isCloseTo(c.get("p").asDouble(), within(1e-13));
            assertThat(r.estimate().low()).as(c.toString()).isCloseTo(c.get("ci").get(0).asDouble(), within(1e-10));
            assertThat(r.estimate().high()).as(c.toString()).isCloseTo(c.get("ci").get(1).asDouble(), within(1e-10));
            checked++;
        }
        assertThat(checked).isEqualTo(9);
    }

    @Test
    void shapiroWilkAgreesWithScipysSinglePrecision() {
        JsonNode s = BasicFixture.root().get("shapiro");
        InferenceResult r = OneSampleTests.shapiroWilk(doubles(s.get("x")));
        assertThat(r.statistic()).isCloseTo(s.get("w").asDouble(), within(2e-6));
        assertThat(r.pValue()).isCloseTo(s.get("p").asDouble(), within(2e-5));
        assertThat(r.statisticName()).isEqualTo("W");
    }

    @Test
    void mcNemarMatchesStatsmodels() {
        for (JsonNode c : BasicFixture.root().get("mcnemar")) {
            long[][] t = table(c.get("table"));
            InferenceResult exact = McNemar.test(t, true, true, 0.95);
            assertThat(exact.statistic()).isEqualTo(c.get("exact").get(0).asDouble());
            assertThat(exact.pValue()).isCloseTo(c.get("exact").get(1).asDouble(), within(1e-13));
            InferenceResult corrected = McNemar.test(t, false, true, 0.95);
            assertThat(corrected.statistic()).isCloseTo(c.get("corrected").get(0).asDouble(), within(1e-13));
            assertThat(corrected.pValue()).isCloseTo(c.get("corrected").get(1).asDouble(), within(1e-14));
            InferenceResult plain = McNemar.test(t, false, false, 0.95);
            assertThat(plain.statistic()).isCloseTo(c.get("uncorrected").get(0).asDouble(), within(1e-13));
            assertThat(plain.pValue()).isCloseTo(c.get("uncorrected").get(1).asDouble(), within(1e-14));
            assertThat(corrected.estimate().value()).isCloseTo((double) t[0][1] / t[1][0], within(1e-15));
        }
    }

    @Test
    void correlationMatchesScipyWithFisherIntervals() {
        JsonNode c = BasicFixture.root().get("correlation");
        double[] x = doubles(c.get("x"));
        double[] y = doubles(c.get("y"));
        int checked = 0;
        for (JsonNode k : c.get("cases")) {
            Correlation.Method method = Correlation.Method.valueOf(k.get("method").asText().toUpperCase(java.util.Locale.ROOT));
            InferenceResult r = CorrelationTests.test(method, x, y, alternative(k), 0.95);
            assertThat(r.statistic()).as(k.toString()).isCloseTo(k.get("r").asDouble(), within(1e-13));
            assertThat(r.pValue()).as(k.toString()).isCloseTo(k.get("p").asDouble(), within(1e-12));
            if (k.has("ci")) {
                // a one-sided interval ends at -1 or 1, as scipy's
                assertThat(r.estimate().low()).as(k.toString()).isCloseTo(k.get("ci").get(0).asDouble(), within(1e-12));
                assertThat(r.estimate().high()).as(k.toString()).isCloseTo(k.get("ci").get(1).asDouble(), within(1e-12));
            }
            checked++;
        }
        assertThat(checked).isEqualTo(7);
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> OneSampleTests.binomial(3, 10, -0.1, Alternative.TWO_SIDED, 0.95))
                .hasMessage("null probability p0 is -0.1: expected a probability in [0, 1]");
        assertThatThrownBy(() -> OneSampleTests.binomial(-3, 10, 0.5, Alternative.TWO_SIDED, 0.95))
                .hasMessage("the number of successes is -3: counts cannot be negative");
        assertThatThrownBy(() -> McNemar.test(new long[][] {{5, 0}, {0, 7}}, false, true, 0.95))
                .hasMessageContaining("no discordant pairs");
        assertThatThrownBy(() -> McNemar.test(new long[][] {{5, -1}, {2, 7}}, false, true, 0.95))
                .hasMessage("count at row 1, column 2 is -1: counts cannot be negative");
        assertThatThrownBy(() -> CorrelationTests.test(Correlation.Method.KENDALL, new double[] {1, 2, 3},
                new double[] {3, 1, 2}, Alternative.LESS, 0.95))
                .hasMessageContaining("two-sided only");
        assertThatThrownBy(() -> CorrelationTests.test(Correlation.Method.PEARSON, new double[] {1, 2, 3},
                new double[] {2, 2, 2}, Alternative.TWO_SIDED, 0.95))
                .hasMessage("one variable is constant: the correlation is undefined");
        assertThatThrownBy(() -> OneSampleTests.shapiroWilk(new double[] {1, 2}))
                .hasMessage("sample has 2 observations: expected at least 3");
    }
}
