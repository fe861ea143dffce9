package dev.lathe.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.stats.distribution.KolmogorovDistribution;
import dev.lathe.stats.test.Alternative;
import dev.lathe.stats.test.KsTwoSample;
import dev.lathe.testing.JsonFixtures;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Agreement with scipy 1.10.1 / NumPy 1.24.2 to 1e-9; fixture and generator in fixtures/monitor (README.md). */
class ScipyAgreementTest {

    private static final double TOL = 1e-9;
    private static final JsonNode FIXTURE = JsonFixtures.read("monitor/drift.json");

    static Stream<JsonNode> numeric() {
        return Stream.of(FIXTURE.get("numeric").elements()).flatMap(it -> {
            Stream.Builder<JsonNode> b = Stream.builder();
            it.forEachRemaining(b);
            return b.build();
        });
    }

    private static double[] data(JsonNode spec) {
        if (spec.isArray()) {
            return JsonFixtures.doubles(spec);
        }
        JsonNode g = spec.get("lcg");
        int n = g.get(0).asInt();
        long mult = g.get(1).asLong();
        long mod = g.get(2).asLong();
        double shift = g.get(3).asDouble();
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = (double) ((i * mult) % mod) / mod + shift;
        }
        return v;
    }

    private static void agrees(TestResult actual, JsonNode expected) {
        assertThat(actual.statistic()).isCloseTo(expected.get(0).asDouble(), within(TOL));
        assertThat(actual.pValue()).isCloseTo(expected.get(1).asDouble(), within(TOL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numeric")
    void numericStatisticsAgreeWithScipy(JsonNode c) {
        double[] a = data(c.get("a"));
        double[] b = data(c.get("b"));
        KsTwoSample.Result ks = KsTwoSample.test(a, b, Alternative.TWO_SIDED);
        agrees(new TestResult(ks.statistic(), ks.pValue()), c.get("ks"));
        assertThat(Wasserstein.distance(a, b)).isCloseTo(c.get("wasserstein").asDouble(), within(TOL));
        assertThat(Wasserstein.normalised(a, b)).isCloseTo(c.get("wasserstein_normalised").asDouble(), within(TOL));
        Shares shares = Shares.numeric(a, b, Shares.DEFAULT_BINS);
        assertThat(Divergences.jensenShannon(shares)).isCloseTo(c.get("js").asDouble(), within(TOL));
        assertThat(Divergences.kullbackLeibler(shares)).isCloseTo(c.get("kl").asDouble(), within(TOL));
        assertThat(Divergences.hellinger(shares)).isCloseTo(c.get("hellinger").asDouble(), within(TOL));
        assertThat(Divergences.populationStability(Shares.referenceDeciles(a, b)))
                .isCloseTo(c.get("psi").asDouble(), within(TOL));
        agrees(AndersonDarlingKSample.test(a, b), c.get("anderson"));
        agrees(CramerVonMises.test(a, b), c.get("cvm"));
    }

    @Test
    void oneSampleKolmogorovTailAgreesWithKstwo() {
        for (JsonNode row : FIXTURE.get("kstwo")) {
            assertThat(KolmogorovDistribution.sf(row.get(1).asDouble(), row.get(0).asLong()))
                    .as("n = %s, x = %s", row.get(0), row.get(1)).isCloseTo(row.get(2).asDouble(), within(TOL));
        }
    }

    @Test
    void countStatisticsAgreeWithScipy() {
        for (JsonNode c : FIXTURE.get("counts")) {
            long[] r = JsonFixtures.longs(c.get("reference"));
            long[] k = JsonFixtures.longs(c.get("current"));
            TestResult chi = ChiSquare.test(r, k);
            JsonNode expected = c.get("chisquare");
            if (expected.get(0).isNumber() && Double.isFinite(expected.get(0).asDouble())) {
                agrees(chi, expected);
            } else {
                assertThat(chi.statistic()).isInfinite();
                assertThat(chi.pValue()).isZero();
            }
            agrees(ChiSquare.homogeneity(r, k), c.get("homogeneity"));
            Shares shares = Shares.ofCounts(r, k);
            assertThat(Divergences.jensenShannon(shares)).isCloseTo(c.get("js").asDouble(), within(TOL));
            assertThat(Divergences.kullbackLeibler(shares)).isCloseTo(c.get("kl").asDouble(), within(TOL));
        }
    }

    @Test
    void proportionZTestAgreesWithTheFormula() {
        for (JsonNode z : FIXTURE.get("ztests")) {
            TestResult r = ProportionZTest.test(z.get(0).asLong(), z.get(1).asLong(), z.get(2).asLong(),
                    z.get(3).asLong());
            assertThat(r.statistic()).isCloseTo(z.get(4).asDouble(), within(TOL));
            assertThat(r.pValue()).isCloseTo(z.get(5).asDouble(), within(TOL));
        }
    }

    @Test
    void andersonDarlingTakesThreeSamples() {
        JsonNode s = FIXTURE.get("anderson3").get("samples");
        agrees(AndersonDarlingKSample.test(data(s.get(0)), data(s.get(1)), data(s.get(2))),
                FIXTURE.get("anderson3").get("result"));
    }
}
