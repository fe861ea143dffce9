package dev.lathe.stats.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bayes' theorem for discrete hypotheses. */
class BayesTheoremTest {

    // Eddy (1982), the mammography problem: prevalence 1%, sensitivity 80%, false-positive rate 9.6%;
    // the published answer is 7.8% (0.008 / (0.008 + 0.09504) = 0.0776...).
    @Test
    void reproducesEddysMammographyExample() {
        BayesTheorem b = BayesTheorem.positiveTest(0.01, 0.8, 1 - 0.096);
        assertThat(b.posterior("condition")).isCloseTo(0.078, within(0.0005));
        assertThat(b.evidence()).isCloseTo(0.10304, within(1e-12));
        assertThat(b.posterior("condition") + b.posterior("no condition")).isCloseTo(1, within(1e-15));
    }

    @Test
    void threeHypothesesFollowTheProductRule() {
        BayesTheorem b = BayesTheorem.of(List.of("fair", "biased", "two-headed"), new double[] {0.5, 0.4, 0.1},
                new double[] {0.125, 0.343, 1});
        double evidence = 0.5 * 0.125 + 0.4 * 0.343 + 0.1;
        assertThat(b.evidence()).isCloseTo(evidence, within(1e-15));
        assertThat(b.posterior("two-headed")).isCloseTo(0.1 / evidence, within(1e-15));
    }

    @Test
    void badInputIsRefusedWithTheValue() {
        assertThatThrownBy(() -> BayesTheorem.positiveTest(1.2, 0.9, 0.9))
                .hasMessageContaining("prevalence must be a probability in [0, 1], got 1.2");
        assertThatThrownBy(() -> BayesTheorem.of(List.of("a", "b"), new double[] {0.5, 0.4}, new double[] {1, 1}))
                .hasMessageContaining("must sum to 1, got 0.9");
        assertThatThrownBy(() -> BayesTheorem.of(List.of("a", "b"), new double[] {-0.5, 1.5}, new double[] {1, 1}))
                .hasMessageContaining("prior probability of 'a' must be in [0, 1], got -0.5");
        assertThatThrownBy(() -> BayesTheorem.of(List.of("a", "b"), new double[] {0.5, 0.5}, new double[] {0, 0}))
                .hasMessageContaining("probability 0 under every hypothesis");
        assertThatThrownBy(() -> BayesTheorem.of(List.of("a"), new double[] {0.5, 0.5}, new double[] {1}))
                .hasMessageContaining("1 hypotheses, 2 priors, 1 likelihoods");
        assertThatThrownBy(() -> BayesTheorem.positiveTest(0.1, 0.9, 0.9).posterior("x"))
                .hasMessageContaining("unknown hypothesis 'x'");
    }
}
