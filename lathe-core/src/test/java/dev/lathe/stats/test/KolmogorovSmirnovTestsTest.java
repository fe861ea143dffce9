package dev.lathe.stats.test;

import static dev.lathe.stats.test.BasicFixture.alternative;
import static dev.lathe.testing.JsonFixtures.doubles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Kolmogorov-Smirnov tests against the published values and scipy (fixtures/stats-test-basic). */
class KolmogorovSmirnovTestsTest {

    /**
     * refs/README.md, section 'Hypothesis tests': exact two-sample KS without ties; "plus 20.1" shifts every point
     * of y (scipy gives D = 232/1100 only so).
     */
    @Test
    void twoSampleExactMatchesThePublishedValue() {
        double[] x = new double[100];
        for (int i = 0; i < 100; i++) {
            x[i] = 1 + 99.0 * i / 99;
        }
        double[] y = new double[110];
        for (int i = 0; i < 110; i++) {
            y[i] = 1 + 99.0 * i / 109 + 20.1;
        }
        InferenceResult r = KolmogorovSmirnovTests.twoSample(x, y, Alternative.TWO_SIDED);
        assertThat(r.statistic()).isCloseTo(232.0 / 1100, within(1e-15));
        assertThat(r.pValue()).isCloseTo(0.015739183865607353, within(1e-14));
    }

    /** refs/README.md, section 'Hypothesis tests': exact two-sample KS with ties, y = x + 1. */
    @Test
    void twoSampleWithTiesMatchesThePublishedValue() {
        double[] x = new double[16];
        int k = 0;
        for (int[] run : new int[][] {{2, 3}, {3, 4}, {5, 5}, {6, 4}}) {
            for (int i = 0; i < run[1]; i++) {
                x[k++] = run[0];
            }
        }
        double[] y = new double[16];
        for (int i = 0; i < 16; i++) {
            y[i] = x[i] + 1;
        }
        InferenceResult r = KolmogorovSmirnovTests.twoSample(x, y, Alternative.TWO_SIDED);
        assertThat(r.statistic()).isCloseTo(5.0 / 16, within(1e-15));
        assertThat(r.pValue()).isCloseTo(0.4262934613454952, within(1e-14));
    }

    @Test
    void oneAndTwoSampleMatchScipy() {
        int checked = 0;
        for (JsonNode c : BasicFixture.root().get("ks")) {
            InferenceResult r = c.get("kind").asText().equals("one")
                    ? KolmogorovSmirnovTests.normal(doubles(c.get("x")), c.get("mean").asDouble(), c.get("sd").asDouble(),
                    alternative(c))
                    : KolmogorovSmirnovTests.twoSample(doubles(c.get("x")), doubles(c.get("y")), alternative(c));
            assertThat(r.statistic()).as(c.toString()).isCloseTo(c.get("d").asDouble(), within(1e-14));
            assertThat(r.pValue()).as(c.toString()).isCloseTo(c.get("p").asDouble(), within(1e-12));
            checked++;
        }
        assertThat(checked).isEqualTo(6);
    }

    /**
     * scipy's method='auto' on equal and unequal sizes, ties, one-sided exact path counts (300 vs 500), the
     * one-sided fallback to the asymptotic formula where binom(1600, 700) overflows, and 10,050 values.
     */
    @Test
    void twoSampleMatchesScipysAutomaticChoiceOnLargerSamples() {
        for (JsonNode c : BasicFixture.root().get("ks_auto")) {
            double[] x = doubles(c.get("x"));
            double[] y = doubles(c.get("y"));
            for (Alternative alternative : Alternative.values()) {
                JsonNode want = c.get(alternative.label());
                InferenceResult r = KolmogorovSmirnovTests.twoSample(x, y, alternative);
                String what = x.length + " vs " + y.length + ", " + alternative.label();
                assertThat(r.statistic()).as(what).isCloseTo(want.get(0).asDouble(), within(1e-14));
                assertThat(r.pValue()).as(what).isCloseTo(want.get(1).asDouble(), within(1e-12));
            }
        }
    }

    @Test
    void aStatisticComputedElsewhereGetsTheSamePValue() {
        double[] x = {0.3, 1.2, -0.4, 2.2, 0.9, 1.7};
        double[] y = {-1.1, 0.1, 0.5, -0.2, 0.8, -0.7, 0.0};
        for (Alternative alternative : Alternative.values()) {
            KsTwoSample.Result r = KsTwoSample.test(x, y, alternative);
            assertThat(KsTwoSample.ofStatistic(r.statistic() + 1e-15, x.length, y.length, alternative)).isEqualTo(r);
        }
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> KolmogorovSmirnovTests.normal(new double[] {1, 2}, 0, 0, Alternative.TWO_SIDED))
                .hasMessage("the normal distribution needs a finite mean and a positive standard deviation, got mean 0.0 "
                        + "and sd 0.0");
        assertThatThrownBy(() -> KolmogorovSmirnovTests.twoSample(new double[] {1, 2}, new double[0], Alternative.LESS))
                .hasMessage("second group has 0 observations: expected at least 1");
        assertThatThrownBy(() -> KsTwoSample.test(new double[] {1, Double.NaN}, new double[] {2}, Alternative.LESS))
                .hasMessage("first group holds NaN at position 2: expected finite numbers (leave missing values out)");
    }
}
