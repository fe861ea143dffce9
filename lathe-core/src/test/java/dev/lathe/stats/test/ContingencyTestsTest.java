package dev.lathe.stats.test;

import static dev.lathe.stats.test.BasicFixture.table;
import static dev.lathe.testing.JsonFixtures.doubles;
import static dev.lathe.testing.JsonFixtures.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.stats.test.ContingencyTests.Statistic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chi-square and G-tests against the published values and scipy (fixtures/stats-test-basic). */
class ContingencyTestsTest {

    /** refs/README.md, section 'Hypothesis tests': chi-square independence of [[10,10,20],[20,20,20]]. */
    @Test
    void independenceMatchesThePublishedValues() {
        long[][] table = {{10, 10, 20}, {20, 20, 20}};
        InferenceResult r = ContingencyTests.independence(table, Statistic.PEARSON, true, 0.95);
        assertThat(r.statistic()).isCloseTo(2.7777777777777777, within(1e-13));
        assertThat(r.pValue()).isCloseTo(0.24935220877729619, within(1e-14));
        assertThat(r.df()).isEqualTo(2);
        assertThat(r.extras().get("expected")).isEqualTo(List.of(List.of(12.0, 12.0, 16.0), List.of(18.0, 18.0, 24.0)));
    }

    /** refs/README.md, section 'Hypothesis tests': the same table as a G-test. */
    @Test
    void gTestMatchesThePublishedValues() {
        InferenceResult r = ContingencyTests.independence(new long[][] {{10, 10, 20}, {20, 20, 20}}, Statistic.G,
                true, 0.95);
        assertThat(r.statistic()).isCloseTo(2.7688587616781319, within(1e-13));
        assertThat(r.pValue()).isCloseTo(0.25046668010954165, within(5e-14));
        assertThat(r.statisticName()).isEqualTo("G");
    }

    /** refs/README.md, section 'Hypothesis tests': Yates-corrected aspirin/stroke 2 x 2 table. */
    @Test
    void yatesAspirinMatchesThePublishedValues() {
        long[][] aspirin = {{176, 230}, {21035, 21018}};
        InferenceResult r = ContingencyTests.independence(aspirin, Statistic.PEARSON, true, 0.95);
        assertThat(r.statistic()).isCloseTo(6.892569132546561, within(1e-11));
        assertThat(r.pValue()).isCloseTo(0.008655478161175739, within(1e-14));
        assertThat(r.test()).contains("Yates");
        InferenceResult plain = ContingencyTests.independence(aspirin, Statistic.PEARSON, false, 0.95);
        assertThat(plain.statistic()).isGreaterThan(r.statistic());
    }

    @Test
    void goodnessOfFitAndLargerTablesMatchScipy() {
        JsonNode c = BasicFixture.root().get("contingency");
        JsonNode gof = c.get("gof");
        long[] observed = longs(gof.get("observed"));
        double[] probs = doubles(gof.get("probabilities"));
        InferenceResult chi = ContingencyTests.goodnessOfFit(observed, probs, Statistic.PEARSON);
        assertThat(chi.statistic()).isCloseTo(gof.get("chi2").asDouble(), within(1e-12));
        assertThat(chi.pValue()).isCloseTo(gof.get("p").asDouble(), within(1e-14));
        assertThat(chi.df()).isEqualTo(3);
        InferenceResult g = ContingencyTests.goodnessOfFit(observed, probs, Statistic.G);
        assertThat(g.statistic()).isCloseTo(gof.get("g").asDouble(), within(1e-12));
        assertThat(g.pValue()).isCloseTo(gof.get("g_p").asDouble(), within(1e-14));

        JsonNode rxc = c.get("rxc");
        long[][] big = table(rxc.get("table"));
        InferenceResult r = ContingencyTests.independence(big, Statistic.PEARSON, true, 0.95);
        assertThat(r.statistic()).isCloseTo(rxc.get("chi2").asDouble(), within(1e-12));
        assertThat(r.pValue()).isCloseTo(rxc.get("p").asDouble(), within(1e-14));
        assertThat(r.df()).isEqualTo(rxc.get("df").asDouble());
        assertThat(r.effectSize().value()).isCloseTo(rxc.get("cramers_v").asDouble(), within(1e-13));
        InferenceResult rg = ContingencyTests.independence(big, Statistic.G, true, 0.95);
        assertThat(rg.statistic()).isCloseTo(rxc.get("g").asDouble(), within(1e-12));
        assertThat(rg.pValue()).isCloseTo(rxc.get("g_p").asDouble(), within(1e-14));
    }

    @Test
    void twoByTwoMeasuresMatchScipyAndStatsmodels() {
        JsonNode t = BasicFixture.root().get("contingency").get("two_by_two");
        long[][] table = table(t.get("table"));
        InferenceResult yates = ContingencyTests.independence(table, Statistic.PEARSON, true, 0.95);
        assertThat(yates.statistic()).isCloseTo(t.get("yates").get(0).asDouble(), within(1e-12));
        assertThat(yates.pValue()).isCloseTo(t.get("yates").get(1).asDouble(), within(1e-14));
        InferenceResult plain = ContingencyTests.independence(table, Statistic.PEARSON, false, 0.95);
        assertThat(plain.statistic()).isCloseTo(t.get("uncorrected").get(0).asDouble(), within(1e-12));
        assertThat(plain.pValue()).isCloseTo(t.get("uncorrected").get(1).asDouble(), within(1e-14));
        assertThat((Double) plain.extras().get("phi")).isCloseTo(t.get("phi").asDouble(), within(1e-14));
        for (String name : new String[] {"odds_ratio", "risk_ratio"}) {
            double[] want = doubles(t.get(name));
            assertThat((Double) plain.extras().get(name)).as(name).isCloseTo(want[0], within(1e-12));
            assertThat((Double) plain.extras().get(name + "_ci_low")).as(name).isCloseTo(want[1], within(1e-12));
            assertThat((Double) plain.extras().get(name + "_ci_high")).as(name).isCloseTo(want[2], within(1e-12));
        }
    }

    @Test
    void aZeroCellLeavesTheRatioWithoutAnInterval() {
        NamedInterval or = TwoByTwo.oddsRatio(new long[][] {{0, 5}, {4, 6}}, 0.95);
        assertThat(or.value()).isEqualTo(0.0);
        assertThat(or.hasInterval()).isFalse();
        NamedInterval rr = TwoByTwo.riskRatio(new long[][] {{3, 5}, {4, 6}}, 0.9);
        // (3/8) / (4/10), Katz: se = sqrt(1/3 - 1/8 + 1/4 - 1/10)
        assertThat(rr.value()).isCloseTo(0.9375, within(1e-15));
        double z = Intervals.NORMAL.inverseCumulativeProbability(0.95);
        double se = Math.sqrt(1.0 / 3 - 1.0 / 8 + 1.0 / 4 - 1.0 / 10);
        assertThat(rr.low()).isCloseTo(0.9375 * Math.exp(-z * se), within(1e-14));
        assertThat(rr.high()).isCloseTo(0.9375 * Math.exp(z * se), within(1e-14));
    }

    @Test
    void badTablesAndProbabilitiesAreRefused() {
        assertThatThrownBy(() -> ContingencyTests.independence(new long[][] {{3, 4}, {0, 0}, {2, 5}},
                Statistic.PEARSON, true, 0.95))
                .hasMessage("row 2 of the table is all zero: every expected count in it would be zero; drop the row");
        assertThatThrownBy(() -> ContingencyTests.independence(new long[][] {{3, -1}, {2, 5}}, Statistic.G, true, 0.95))
                .hasMessage("count at row 1, column 2 is -1: counts cannot be negative");
        assertThatThrownBy(() -> ContingencyTests.independence(new long[][] {{3, 0}, {2, 0}}, Statistic.G, true, 0.95))
                .hasMessageContaining("column 2 of the table is all zero");
        assertThatThrownBy(() -> ContingencyTests.independence(new long[][] {{3, 4}}, Statistic.PEARSON, true, 0.95))
                .hasMessage("a contingency table needs at least 2 rows and 2 columns, got 1 x 2");
        assertThatThrownBy(() -> ContingencyTests.goodnessOfFit(new long[] {3, -2, 4}, null, Statistic.PEARSON))
                .hasMessage("count of category 2 is -2: counts cannot be negative");
        assertThatThrownBy(() -> ContingencyTests.goodnessOfFit(new long[] {3, 2}, new double[] {1.2, -0.2},
                Statistic.PEARSON))
                .hasMessage("probability of category 1 is 1.2: expected a probability in [0, 1]");
        assertThatThrownBy(() -> ContingencyTests.goodnessOfFit(new long[] {3, 2}, new double[] {0.5, 0.4},
                Statistic.PEARSON))
                .hasMessageStartingWith("the probabilities sum to 0.9");
    }
}
