package dev.lathe.stats.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** P(B > A) and expected losses of two Beta posteriors. */
class BetaComparisonTest {

    // ../shared/refs/README.md, section "Bayesian A/B (Beta-Binomial)": Evan Miller's closed form, Stucchio's loss.
    @Test
    void reproducesThePublishedProbabilityAndLosses() {
        BetaComparison c = BetaComparison.of(new BetaBinomial(40, 60), new BetaBinomial(70, 90));
        assertThat(c.probabilityBBetter()).isCloseTo(0.7262717462, within(1e-10));
        assertThat(c.lossChoosingA()).isCloseTo(0.0481119843, within(1e-10));
        assertThat(c.lossChoosingB()).isCloseTo(0.0106119843, within(1e-10));
    }

    // ../shared/refs/README.md, section "Bayesian A/B (Beta-Binomial)": the other P(B > A) cases.
    @Test
    void reproducesThePublishedProbabilitiesOfTheOtherCases() {
        assertThat(pBetter(10, 50, 60, 250)).isCloseTo(0.7088919200, within(1e-10));
        assertThat(pBetter(600, 550, 52, 60)).isCloseTo(0.1223144258, within(1e-10));
        assertThat(pBetter(1000, 900, 1200, 1000)).isCloseTo(0.8898254504, within(1e-10));
        assertThat(pBetter(1000, 900, 1200, 800)).isCloseTo(0.9999982656, within(1e-10));
    }

    @Test
    void agreesWithScipyQuadratureWhenNoShapeIsWhole() {
        for (JsonNode c : Fixture.JSON.get("comparisons")) {
            BetaComparison r = BetaComparison.of(new BetaBinomial(c.get("a").get(0).asDouble(), c.get("a").get(1).asDouble()),
                    new BetaBinomial(c.get("b").get(0).asDouble(), c.get("b").get(1).asDouble()));
            assertThat(r.probabilityBBetter()).as(c.toString()).isCloseTo(c.get("p_b_better").asDouble(), within(1e-9));
            assertThat(r.lossChoosingA()).as(c.toString()).isCloseTo(c.get("loss_a").asDouble(), within(1e-8));
        }
    }

    @Test
    void swappingTheArmsComplementsTheProbabilityAndSwapsTheLosses() {
        BetaComparison ab = BetaComparison.of(new BetaBinomial(40, 60), new BetaBinomial(70, 90));
        BetaComparison ba = BetaComparison.of(new BetaBinomial(70, 90), new BetaBinomial(40, 60));
        assertThat(ba.probabilityBBetter()).isCloseTo(1 - ab.probabilityBBetter(), within(1e-12));
        assertThat(ba.lossChoosingA()).isCloseTo(ab.lossChoosingB(), within(1e-12));
    }

    @Test
    void stopsOnlyWhenTheSmallerLossIsBelowTheThresholdOfCaring() {
        BetaComparison c = BetaComparison.of(new BetaBinomial(40, 60), new BetaBinomial(70, 90));
        assertThat(c.decide(0.02)).isEqualTo("B");
        assertThat(c.decide(0.01)).isNull();
        assertThatThrownBy(() -> c.decide(0)).hasMessageContaining("threshold of caring must be positive, got 0");
    }

    @Test
    void countsInTheMillionsAgreeWithTheNormalApproximation() {
        BetaBinomial a = new BetaBinomial(1 + 50_000, 1 + 950_000);
        BetaBinomial b = new BetaBinomial(1 + 50_400, 1 + 949_600);
        BetaComparison c = BetaComparison.of(a, b);
        double mu = b.mean() - a.mean();
        double sd = Math.sqrt(a.distribution().variance() + b.distribution().variance());
        NormalDistribution z = NormalDistribution.of(0, 1);
        assertThat(c.probabilityBBetter()).isCloseTo(z.cumulativeProbability(mu / sd), within(1e-3));
        // E[max(X, 0)] for X ~ N(-mu, sd): sd phi(mu / sd) - mu Phi(-mu / sd)
        double loss = sd * z.density(mu / sd) - mu * z.cumulativeProbability(-mu / sd);
        assertThat(c.lossChoosingB()).isCloseTo(loss, within(2e-7));
        assertThat(c.lossChoosingA() - c.lossChoosingB()).isCloseTo(mu, within(1e-12));
    }

    private static double pBetter(double aa, double ba, double ab, double bb) {
        return BetaComparison.of(new BetaBinomial(aa, ba), new BetaBinomial(ab, bb)).probabilityBBetter();
    }
}
