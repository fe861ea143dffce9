package dev.lathe.stats.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.stats.distribution.NoncentralF;
import dev.lathe.testing.JsonFixtures;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One-way ANOVA, Welch's ANOVA, Kruskal-Wallis, Levene, Brown-Forsythe, Bartlett and Tukey HSD against scipy
 * 1.10.1 and statsmodels 0.13.5 on the same data (fixture anova.json: mussel shells, seeded normal groups with
 * unequal variances, tied integer scores).
 */
class OneWayTestsTest {

    private static final Map<String, Function<double[][], InferenceResult>> TESTS = Map.of(
            "anova", g -> OneWayAnova.test(null, g),
            "welch", g -> WelchAnova.test(null, g),
            "kruskal", g -> KruskalWallis.test(null, g),
            "levene_mean", g -> Levene.test(Levene.Center.MEAN, null, g),
            "levene_median", g -> Levene.test(Levene.Center.MEDIAN, null, g),
            "bartlett", g -> Bartlett.test(null, g));

    @ParameterizedTest
    @ValueSource(strings = {"mussel", "spread", "ties"})
    void statisticsAndPValuesMatchScipy(String data) {
        JsonNode set = AnovaFixture.root().get("one_way").get(data);
        double[][] groups = JsonFixtures.matrix(set.get("groups"));
        for (Map.Entry<String, Function<double[][], InferenceResult>> t : TESTS.entrySet()) {
            InferenceResult r = t.getValue().apply(groups);
            JsonNode want = set.get(t.getKey());
            double p = want.get("p_value").asDouble();
            assertThat(r.statistic()).as("%s statistic on %s", t.getKey(), data)
                    .isCloseTo(want.get("statistic").asDouble(), within(1e-10 * Math.abs(want.get("statistic").asDouble())));
            assertThat(r.pValue()).as("%s p on %s", t.getKey(), data).isCloseTo(p, within(Math.max(1e-14, 1e-9 * p)));
        }
        JsonNode welchDf = set.get("welch").get("df");
        InferenceResult welch = WelchAnova.test(null, groups);
        assertThat(welch.df()).isEqualTo(welchDf.get(0).asDouble());
        assertThat(welch.df2()).isCloseTo(welchDf.get(1).asDouble(), within(1e-9));
    }

    /** shared/refs/README.md, "Hypothesis tests": mussel shells, F = 7.121019471642447, p = 0.0002812242314534544 (df 4, 34). */
    @ParameterizedTest
    @ValueSource(strings = {"mussel"})
    void musselShellAnovaReproducesThePublishedValues(String data) {
        double[][] groups = JsonFixtures.matrix(AnovaFixture.root().get("one_way").get(data).get("groups"));
        InferenceResult r = OneWayAnova.test(List.of("tillamook", "newport", "petersburg", "magadan", "tvarminne"), groups);
        assertThat(r.statistic()).isCloseTo(7.121019471642447, within(1e-12));
        assertThat(r.pValue()).isCloseTo(0.0002812242314534544, within(1e-16));
        assertThat(r.df()).isEqualTo(4);
        assertThat(r.df2()).isEqualTo(34);
        double ssb = (Double) r.extras().get("ss_between");
        double ssw = (Double) r.extras().get("ss_within");
        assertThat(r.effectSize().value()).isCloseTo(ssb / (ssb + ssw), within(1e-15));
        double msw = ssw / 34;
        assertThat((Double) r.extras().get("omega_squared")).isCloseTo((ssb - 4 * msw) / (ssb + ssw + msw), within(1e-15));
        assertThat(r.rejects(0.001)).isTrue();
    }

    /**
     * eta^2's 95% interval inverts the noncentral F: the noncentralities scipy's {@code ncf} (found with brentq)
     * gives, and scipy's noncentral F distribution function itself (the ties set has a lower bound of 0).
     */
    @ParameterizedTest
    @ValueSource(strings = {"mussel", "spread", "ties"})
    void etaSquaredIntervalInvertsScipysNoncentralF(String data) {
        JsonNode set = AnovaFixture.root().get("one_way").get(data);
        double[][] groups = JsonFixtures.matrix(set.get("groups"));
        JsonNode want = set.get("eta_squared_ci");
        OneWayAnova.Table t = OneWayAnova.table(groups);
        for (JsonNode c : want.get("ncf_cdf")) {
            double cdf = NoncentralF.of(t.dfBetween(), t.dfWithin(), c.get("nc").asDouble()).cumulativeProbability(c.get("f").asDouble());
            assertThat(cdf).as("ncf cdf %s", c).isCloseTo(c.get("cdf").asDouble(), within(1e-12));
        }
        double[] lambda = NoncentralF.noncentralityInterval(t.f(), t.dfBetween(), t.dfWithin(), 0.95);
        for (int i = 0; i < 2; i++) {
            double w = want.get("lambda").get(i).asDouble();
            assertThat(lambda[i]).as("lambda bound %d", i).isCloseTo(w, within(1e-9 * Math.max(1, w)));
        }
        NamedInterval eta = OneWayAnova.test(null, 0.95, groups).effectSize();
        assertThat(eta.low()).isCloseTo(want.get("eta_squared").get(0).asDouble(), within(1e-10));
        assertThat(eta.high()).isCloseTo(want.get("eta_squared").get(1).asDouble(), within(1e-10));
        assertThat(eta.value()).isBetween(eta.low(), eta.high());
        assertThat(eta.confidence()).isEqualTo(0.95);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mussel", "spread", "ties"})
    void tukeyHsdMatchesScipy(String data) {
        JsonNode set = AnovaFixture.root().get("one_way").get(data);
        double[][] groups = JsonFixtures.matrix(set.get("groups"));
        TukeyHsd.Result r = TukeyHsd.test(null, 0.95, groups);
        JsonNode want = set.get("tukey");
        int k = groups.length;
        assertThat(r.comparisons()).hasSize(k * (k - 1) / 2);
        int at = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                TukeyHsd.Comparison c = r.comparisons().get(at++);
                assertThat(c.first()).isEqualTo(Integer.toString(i + 1));
                assertThat(c.second()).isEqualTo(Integer.toString(j + 1));
                // scipy's matrix holds mean_i - mean_j; ours is second minus first, as statsmodels reports
                String where = data + " " + i + "-" + j;
                assertThat(c.difference()).as(where).isCloseTo(want.get("difference").get(j).get(i).asDouble(), within(1e-12));
                double p = want.get("p_value").get(j).get(i).asDouble();
                assertThat(c.pValue()).as("p " + where).isCloseTo(p, within(Math.max(1e-12, 1e-8 * p)));
                assertThat(c.low()).as("low " + where).isCloseTo(want.get("low").get(j).get(i).asDouble(), within(1e-9));
                assertThat(c.high()).as("high " + where).isCloseTo(want.get("high").get(j).get(i).asDouble(), within(1e-9));
            }
        }
    }
}
