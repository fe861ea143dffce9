package dev.lathe.stats.ab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.stats.test.MultipleTesting;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks on the sample-ratio test, CUPED and the analysis options. */
class AbInputsTest {

    @Test
    void sampleRatioStatisticIsTheChiSquareSum() {
        SampleRatioCheck c = SampleRatioCheck.of(List.of("a", "b"), new long[] {480, 520}, null, 0.001);
        assertThat(c.statistic()).isCloseTo(2 * 20.0 * 20.0 / 500, within(1e-12));
        assertThat(c.mismatch()).isFalse();
        SampleRatioCheck off = SampleRatioCheck.of(List.of("a", "b"), new long[] {400, 600}, null, 0.001);
        assertThat(off.mismatch()).isTrue();
    }

    @Test
    void sampleRatioRefusesBadCountsAndShares() {
        assertThatThrownBy(() -> SampleRatioCheck.of(List.of("a", "b"), new long[] {-1, 3}, null, 0.001))
                .hasMessageContaining("count of arm 'a' is negative: -1");
        assertThatThrownBy(() -> SampleRatioCheck.of(List.of("a", "b"), new long[] {1, 3}, new double[] {0, 1}, 0.001))
                .hasMessageContaining("planned share of arm 'a' must be positive and finite, got 0.0");
        assertThatThrownBy(() -> SampleRatioCheck.of(List.of("a", "b"), new long[] {0, 0}, null, 0.001))
                .hasMessageContaining("no units in any arm");
        assertThatThrownBy(() -> SampleRatioCheck.of(List.of("a", "b"), new long[] {1, 3}, null, 2))
                .hasMessageContaining("mismatch threshold must be in (0, 1), got 2.0");
    }

    @Test
    void cupedVarianceReductionIsTheSquaredCorrelation() {
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] y = {2.1, 3.9, 6.2, 7.8, 10.1, 12.2};
        Cuped c = Cuped.fit(y, x);
        double[] adjusted = c.adjust(y, x);
        assertThat(1 - AbAnalysis.variance(adjusted) / AbAnalysis.variance(y)).isCloseTo(c.varianceReduction(), within(1e-12));
        assertThat(AbAnalysis.mean(adjusted)).isCloseTo(AbAnalysis.mean(y), within(1e-12));
        assertThatThrownBy(() -> Cuped.fit(new double[] {1}, new double[] {1}))
                .hasMessageContaining("at least 2 units, got 1 metric and 1 covariate values");
    }

    @Test
    void optionsRefuseOutOfRangeSettings() {
        AbOptions o = AbOptions.of("arm", "y");
        assertThatThrownBy(() -> o.withLevel(0, MultipleTesting.HOLM)).hasMessageContaining("alpha must be in (0, 1), got 0.0");
        assertThatThrownBy(() -> o.withBayes(10, 1, 0.001)).hasMessageContaining("at least 1000 draws, got 10");
        assertThatThrownBy(() -> o.withBayes(5000, 1, 0)).hasMessageContaining("threshold of caring must be positive");
        assertThatThrownBy(() -> o.withSequential(0, Double.NaN)).hasMessageContaining("at least one look, got 0");
        assertThatThrownBy(() -> AbOptions.of(null, "y")).hasMessageContaining("arm and metric columns must be named");
    }
}
