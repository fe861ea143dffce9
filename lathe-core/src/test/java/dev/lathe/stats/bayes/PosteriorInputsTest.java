package dev.lathe.stats.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** Scaled posteriors and the checks of the Bayesian building blocks. */
class PosteriorInputsTest {

    @Test
    void scaledPosteriorShiftsAndStretches() {
        Posterior p = Posterior.scaled("t", TDistribution.of(5), 10, 2);
        assertThat(p.mean()).isCloseTo(10, within(1e-15));
        assertThat(p.variance()).isCloseTo(4 * 5.0 / 3, within(1e-12));
        assertThat(p.cdf(10 + 2 * 1.3)).isCloseTo(TDistribution.of(5).cumulativeProbability(1.3), within(1e-15));
        assertThat(p.density(12)).isCloseTo(TDistribution.of(5).density(1) / 2, within(1e-15));
    }

    @Test
    void badInputIsRefusedWithTheValue() {
        assertThatThrownBy(() -> Posterior.scaled("t", TDistribution.of(5), 0, 0)).hasMessageContaining("got 0.0 and 0.0");
        assertThatThrownBy(() -> new CredibleInterval(2, 1, 0.9)).hasMessageContaining("low 2.0 is not below high 1.0");
        assertThatThrownBy(() -> new GammaPoisson(-1, 1)).hasMessageContaining("shape = -1.0");
        assertThatThrownBy(() -> new GammaPoisson(1, 1).update(1.5)).hasMessageContaining("got 1.5 at index 0");
        assertThatThrownBy(() -> new GammaPoisson(1, 1).predictive(-2)).hasMessageContaining("got -2");
        assertThatThrownBy(() -> new NormalKnownVariance(0, -1, 1)).hasMessageContaining("variance = -1.0");
        assertThatThrownBy(() -> new NormalInverseGamma(0, 1, 0, 1)).hasMessageContaining("alpha = 0.0");
        assertThatThrownBy(() -> BayesTheorem.of(List.of("a", "a"), new double[] {0.5, 0.5}, new double[] {1, 1}))
                .hasMessageContaining("must be unique");
        assertThatThrownBy(() -> BetaBinomial.uniform().distribution().probabilityBetween(1, 0))
                .hasMessageContaining("low 1.0 is not below high 0.0");
    }
}
