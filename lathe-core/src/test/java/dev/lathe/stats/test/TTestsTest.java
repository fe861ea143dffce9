package dev.lathe.stats.test;

import static dev.lathe.stats.test.BasicFixture.alternative;
import static dev.lathe.testing.JsonFixtures.doubles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.stats.distribution.NoncentralT;
import org.junit.jupiter.api.Test;

/** t-tests against the published R values and against scipy/statsmodels (fixtures/stats-test-basic). */
class TTestsTest {

    private static final double[] SLEEP_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    private static final double[] SLEEP_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    /** refs/README.md, section 'Hypothesis tests': Welch t-test on R's sleep data. */
    @Test
    void welchOnSleepMatchesR() {
        InferenceResult r = TTests.twoSample(SLEEP_1, SLEEP_2, false, Alternative.TWO_SIDED, 0.95);
        assertThat(r.statistic()).isCloseTo(-1.8608134674868526, within(1e-12));
        assertThat(r.df()).isCloseTo(17.776473516178488, within(1e-10));
        assertThat(r.pValue()).isCloseTo(0.0793941401873583, within(1e-13));
        assertThat(r.estimate().low()).isCloseTo(-3.3654832, within(5e-8));
        assertThat(r.estimate().high()).isCloseTo(0.2054832, within(5e-8));
        assertThat(r.estimate().value()).isCloseTo(0.75 - 2.33, within(1e-12));
    }

    /** refs/README.md, section 'Hypothesis tests': R's help example t.test(1:10, y = c(7:20, 200)). */
    @Test
    void welchOnTheRHelpExampleMatchesR() {
        double[] x = new double[10];
        for (int i = 0; i < 10; i++) {
            x[i] = i + 1;
        }
        double[] y = new double[15];
        for (int i = 0; i < 14; i++) {
            y[i] = 7 + i;
        }
        y[14] = 200;
        InferenceResult r = TTests.twoSample(x, y, false, Alternative.TWO_SIDED, 0.95);
        assertThat(r.statistic()).isCloseTo(-1.6329, within(5e-5));
        assertThat(r.df()).isCloseTo(14.165, within(5e-4));
        assertThat(r.pValue()).isCloseTo(0.1245, within(5e-5));
        assertThat(r.estimate().low()).isCloseTo(-47.242900, within(5e-7));
        assertThat(r.estimate().high()).isCloseTo(6.376233, within(5e-7));
    }

    @Test
    void everyCaseMatchesScipyAndStatsmodels() {
        JsonNode t = BasicFixture.root().get("t");
        double[] x = doubles(t.get("x"));
        double[] y = doubles(t.get("y"));
        double[] after = doubles(t.get("x_after"));
        int checked = 0;
        for (JsonNode c : t.get("cases")) {
            Alternative alt = alternative(c);
            InferenceResult r = switch (c.get("kind").asText()) {
                case "two" -> TTests.twoSample(x, y, c.get("equal_var").asBoolean(), alt, 0.95);
                case "one" -> TTests.oneSample(x, c.get("mu").asDouble(), alt, 0.95);
                default -> TTests.paired(after, x, 0, alt, 0.95);
            };
            String what = c.toString();
            assertThat(r.statistic()).as(what).isCloseTo(c.get("t").asDouble(), within(1e-12));
            assertThat(r.pValue()).as(what).isCloseTo(c.get("p").asDouble(), within(1e-13));
            assertThat(r.df()).as(what).isCloseTo(c.get("df").asDouble(), within(1e-9));
            assertThat(r.alternative()).isEqualTo(alt);
            assertBound(r.estimate().low(), c.get("ci").get(0), what);
            assertBound(r.estimate().high(), c.get("ci").get(1), what);
            checked++;
        }
        assertThat(checked).isEqualTo(12);
    }

    private static void assertBound(double got, JsonNode want, String what) {
        double w = want.asDouble();
        if (Double.isInfinite(w)) {
            assertThat(got).as(what).isEqualTo(w);
        } else {
            assertThat(got).as(what).isCloseTo(w, within(1e-10));
        }
    }

    /** Noncentral-t intervals computed by scipy.stats.nct with brentq (the fixture's effect_sizes). */
    @Test
    void effectSizeIntervalsMatchScipysNoncentralT() {
        JsonNode t = BasicFixture.root().get("t");
        InferenceResult r = TTests.twoSample(doubles(t.get("x")), doubles(t.get("y")), true, Alternative.TWO_SIDED,
                0.95);
        NamedInterval d = r.effectSize();
        assertThat(d.name()).isEqualTo("cohen_d");
        assertTwoSample(r, t.get("effect_sizes"), "fixture x, y");
        // Hedges' g shrinks d towards zero
        assertThat(Math.abs((Double) r.extras().get("hedges_g"))).isLessThan(Math.abs(d.value()));
    }

    /** Small (n = 2, 3), unequal and large-effect samples, both signs; one sample against 0.5 too. */
    @Test
    void effectSizeIntervalsMatchScipyOnSmallAndLargeEffects() {
        for (JsonNode c : BasicFixture.root().get("t").get("effect_size_cases")) {
            double[] x = doubles(c.get("x"));
            double[] y = doubles(c.get("y"));
            assertTwoSample(TTests.twoSample(x, y, false, Alternative.TWO_SIDED, 0.95), c.get("two"), c.toString());
            InferenceResult one = TTests.oneSample(x, 0.5, Alternative.TWO_SIDED, 0.95);
            assertInterval(one, "cohen_d", c.get("one").get("cohen_d"), c.toString());
            assertInterval(one, "hedges_g", c.get("one").get("hedges_g"), c.toString());
        }
    }

    @Test
    void effectSizeIntervalsHaveTheirNominalCoverageOnTheNoncentralT() {
        // the interval's ends put the observed t at the 97.5% and 2.5% points of the noncentral t
        double[] x = {5.1, 6.3, 4.8};
        double[] y = {3.9, 4.4, 5.0, 4.1};
        NamedInterval d = EffectSizes.cohenD(x, y, 0.95);
        double scale = Math.sqrt(1.0 / 3 + 1.0 / 4);
        double tObserved = d.value() / scale;
        assertThat(NoncentralT.cdf(tObserved, 5, d.low() / scale))
                .isCloseTo(0.975, within(1e-12));
        assertThat(NoncentralT.cdf(tObserved, 5, d.high() / scale))
                .isCloseTo(0.025, within(1e-12));
        assertThat(EffectSizes.cohenD(x, y, 0.99).low()).isLessThan(d.low());
    }

    private static void assertTwoSample(InferenceResult r, JsonNode want, String what) {
        for (String name : new String[] {"cohen_d", "hedges_g", "glass_delta"}) {
            assertInterval(r, name, want.get(name), what);
        }
    }

    private static void assertInterval(InferenceResult r, String name, JsonNode want, String what) {
        double[] w = doubles(want);
        double[] got = name.equals(r.effectSize().name())
                ? new double[] {r.effectSize().value(), r.effectSize().low(), r.effectSize().high()}
                : new double[] {(Double) r.extras().get(name), (Double) r.extras().get(name + "_ci_low"),
                        (Double) r.extras().get(name + "_ci_high")};
        assertThat(got).as(name + " of " + what).containsExactly(w, within(1e-9));
    }

    @Test
    void badInputIsRefusedWithTheValueAtFault() {
        assertThatThrownBy(() -> TTests.twoSample(new double[] {1}, SLEEP_2, false, Alternative.TWO_SIDED, 0.95))
                .hasMessage("first group has 1 observation: expected at least 2");
        assertThatThrownBy(() -> TTests.twoSample(SLEEP_1, new double[] {2}, true, Alternative.TWO_SIDED, 0.95))
                .hasMessage("second group has 1 observation: expected at least 2");
        assertThatThrownBy(() -> TTests.twoSample(new double[] {3, 3, 3}, new double[] {5, 5}, false,
                Alternative.TWO_SIDED, 0.95))
                .hasMessage("both groups have zero variance (every value of the first is 3.0, of the second 5.0): "
                        + "the t statistic is undefined");
        assertThatThrownBy(() -> TTests.oneSample(new double[] {1, Double.NaN, 2}, 0, Alternative.TWO_SIDED, 0.95))
                .hasMessageContaining("sample holds NaN at position 2");
        assertThatThrownBy(() -> TTests.paired(new double[] {1, 2, 3}, new double[] {1, 2}, 0, Alternative.LESS, 0.95))
                .hasMessage("paired samples need the same length, got 3 and 2");
        assertThatThrownBy(() -> TTests.paired(new double[] {1, 2, 3}, new double[] {0, 1, 2}, 0, Alternative.LESS, 0.95))
                .hasMessageContaining("differences have zero variance (every value is 1.0)");
        assertThatThrownBy(() -> TTests.oneSample(SLEEP_1, 0, Alternative.TWO_SIDED, 1.5))
                .hasMessageContaining("confidence level must be in (0, 1), got 1.5");
    }

    @Test
    void oneSidedIntervalsAreOpenOnOneEnd() {
        InferenceResult less = TTests.twoSample(SLEEP_1, SLEEP_2, false, Alternative.LESS, 0.95);
        assertThat(less.estimate().low()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(less.pValue()).isCloseTo(0.0793941401873583 / 2, within(1e-13));
        InferenceResult greater = TTests.oneSample(SLEEP_1, 0, Alternative.GREATER, 0.95);
        assertThat(greater.estimate().high()).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
