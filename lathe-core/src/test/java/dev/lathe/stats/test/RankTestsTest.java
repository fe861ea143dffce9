package dev.lathe.stats.test;

import static dev.lathe.stats.test.BasicFixture.alternative;
import static dev.lathe.testing.JsonFixtures.doubles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.stats.test.RankTests.Method;
import org.junit.jupiter.api.Test;

/** Mann-Whitney and Wilcoxon signed-rank tests against the published values and scipy (fixtures/stats-test-basic). */
class RankTestsTest {

    private static final double[] X = {19, 22, 16, 29, 24};
    private static final double[] Y = {20, 11, 17, 12};

    /** refs/README.md, section 'Hypothesis tests': Mann-Whitney U, exact and both normal approximations. */
    @Test
    void mannWhitneyMatchesThePublishedValues() {
        InferenceResult exact = RankTests.mannWhitney(X, Y, Alternative.TWO_SIDED, Method.AUTO, true);
        assertThat(exact.statistic()).isEqualTo(17.0);
        assertThat(exact.pValue()).isCloseTo(0.1111111111111111, within(1e-15));
        assertThat(exact.extras().get("method")).isEqualTo("exact");
        InferenceResult corrected = RankTests.mannWhitney(X, Y, Alternative.TWO_SIDED, Method.ASYMPTOTIC, true);
        assertThat(corrected.pValue()).isCloseTo(0.11134688653314041, within(1e-15));
        InferenceResult plain = RankTests.mannWhitney(X, Y, Alternative.TWO_SIDED, Method.ASYMPTOTIC, false);
        assertThat(plain.pValue()).isCloseTo(0.0864107329737, within(1e-13));
        // rank-biserial r = 2U / (n1 n2) - 1 = 34 / 20 - 1
        assertThat(exact.effectSize().value()).isCloseTo(0.7, within(1e-15));
        assertThat((Double) exact.extras().get("u_second")).isEqualTo(3.0);
    }

    @Test
    void mannWhitneyMatchesScipy() {
        int checked = 0;
        for (JsonNode c : BasicFixture.root().get("rank").get("mann_whitney")) {
            Method method = Method.parse(c.get("method").asText());
            InferenceResult r = RankTests.mannWhitney(doubles(c.get("x")), doubles(c.get("y")), alternative(c), method,
                    c.get("continuity").asBoolean());
            assertThat(r.statistic()).as(c.toString()).isEqualTo(c.get("u").asDouble());
            assertThat(r.pValue()).as(c.toString()).isCloseTo(c.get("p").asDouble(), within(1e-14));
            checked++;
        }
        assertThat(checked).isEqualTo(9);
    }

    @Test
    void signedRankMatchesScipy() {
        int checked = 0;
        for (JsonNode c : BasicFixture.root().get("rank").get("wilcoxon")) {
            Method method = Method.parse(c.get("method").asText());
            InferenceResult r = RankTests.signedRank(doubles(c.get("x")), 0, alternative(c), method, true);
            assertThat(r.statistic()).as(c.toString()).isEqualTo(c.get("w_plus").asDouble());
            assertThat(r.pValue()).as(c.toString()).isCloseTo(c.get("p").asDouble(), within(1e-14));
            checked++;
        }
        assertThat(checked).isEqualTo(6);
    }

    @Test
    void pairedSignedRankIsTheTestOfTheDifferencesAndDropsZeros() {
        double[] before = {5, 7, 9, 4, 6, 8};
        double[] after = {6, 9, 9, 7, 10, 13};
        InferenceResult paired = RankTests.signedRank(after, before, 0, Alternative.GREATER, Method.AUTO, true);
        // differences 1, 2, 0, 3, 4, 5: the zero is dropped, all five remaining are positive
        assertThat(paired.statistic()).isEqualTo(15.0);
        assertThat(paired.extras().get("non_zero")).isEqualTo(5L);
        assertThat(paired.effectSize().value()).isEqualTo(1.0);
        // with a zero dropped AUTO takes the normal approximation (as R): z = (15 - 7.5 - 0.5) / sqrt(5*6*11/24)
        double z = (15 - 7.5 - 0.5) / Math.sqrt(5 * 6 * 11 / 24.0);
        assertThat(paired.pValue()).isCloseTo(Intervals.NORMAL.survivalProbability(z), within(1e-15));
        // the exact one-sided p of the largest W+ of 5 is 1/32
        InferenceResult exact = RankTests.signedRank(new double[] {1, 2, 3, 4, 5}, 0, Alternative.GREATER,
                Method.EXACT, true);
        assertThat(exact.pValue()).isCloseTo(1.0 / 32, within(1e-15));
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> RankTests.mannWhitney(new double[0], Y, Alternative.TWO_SIDED, Method.AUTO, true))
                .hasMessage("first group has 0 observations: expected at least 1");
        assertThatThrownBy(() -> RankTests.signedRank(new double[] {2, 2}, 2, Alternative.TWO_SIDED, Method.AUTO, true))
                .hasMessage("every difference from mu = 2.0 is zero: nothing to rank");
        assertThatThrownBy(() -> Method.parse("fast"))
                .hasMessage("unknown p-value method 'fast': expected auto, exact or asymptotic");
    }
}
