package dev.lathe.stats.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/** Conjugate updates, credible intervals and predictives against scipy (fixtures/bayesian). */
class ConjugateModelsTest {

    // ../shared/refs/README.md, section "Bayesian A/B (Beta-Binomial)": 80% equal-tailed interval of Beta(4, 6).
    @Test
    void reproducesThePublishedEqualTailedInterval() {
        CredibleInterval ci = new BetaBinomial(4, 6).distribution().equalTailed(0.8);
        assertThat(ci.low()).isCloseTo(0.210396, within(5e-7));
        assertThat(ci.high()).isCloseTo(0.59942, within(5e-6));
    }

    @Test
    void equalTailedIntervalsAgreeWithScipy() {
        for (JsonNode c : Fixture.JSON.get("beta_intervals")) {
            CredibleInterval ci = new BetaBinomial(c.get("alpha").asDouble(), c.get("beta").asDouble()).distribution()
                    .equalTailed(c.get("mass").asDouble());
            assertThat(ci.low()).as(c.toString()).isCloseTo(c.get("low").asDouble(), within(1e-12));
            assertThat(ci.high()).as(c.toString()).isCloseTo(c.get("high").asDouble(), within(1e-12));
        }
    }

    @Test
    void highestDensityIntervalIsShortestWithEqualDensityAtItsEnds() {
        Posterior p = new BetaBinomial(3, 12).distribution();
        CredibleInterval hdi = p.highestDensity(0.9);
        CredibleInterval et = p.equalTailed(0.9);
        assertThat(p.probabilityBetween(hdi.low(), hdi.high())).isCloseTo(0.9, within(1e-9));
        assertThat(p.density(hdi.low())).isCloseTo(p.density(hdi.high()), within(1e-5));
        assertThat(hdi.width()).isLessThan(et.width());
    }

    @Test
    void highestDensityOfASymmetricPosteriorIsTheEqualTailedOne() {
        Posterior p = NormalInverseGamma.reference(JsonFixtures.doubles(Fixture.JSON.get("normal_reference").get("x"))).mean();
        CredibleInterval hdi = p.highestDensity(0.95);
        CredibleInterval et = p.equalTailed(0.95);
        assertThat(hdi.low()).isCloseTo(et.low(), within(1e-6));
        assertThat(hdi.high()).isCloseTo(et.high(), within(1e-6));
    }

    @Test
    void betaBinomialUpdatesAndPredictsAsScipy() {
        assertThat(BetaBinomial.uniform().update(39, 98)).isEqualTo(new BetaBinomial(40, 60));
        for (JsonNode c : Fixture.JSON.get("beta_binomial_predictive")) {
            double p = new BetaBinomial(c.get("alpha").asDouble(), c.get("beta").asDouble())
                    .predictive(c.get("k").asLong(), c.get("m").asLong());
            assertThat(p).as(c.toString()).isCloseTo(c.get("pmf").asDouble(), within(1e-12));
        }
    }

    @Test
    void pointNullBayesFactorAgreesWithScipy() {
        for (JsonNode c : Fixture.JSON.get("beta_binomial_bf01")) {
            double bf = new BetaBinomial(c.get("alpha").asDouble(), c.get("beta").asDouble())
                    .bayesFactor01(c.get("successes").asLong(), c.get("trials").asLong(), c.get("p0").asDouble());
            assertThat(bf).as(c.toString()).isCloseTo(c.get("bf01").asDouble(), within(1e-10 * c.get("bf01").asDouble()));
        }
    }

    @Test
    void gammaPoissonUpdatesAndPredictsAsScipy() {
        GammaPoisson post = new GammaPoisson(2, 1).update(3, 0, 5, 2);
        assertThat(post).isEqualTo(new GammaPoisson(12, 5));
        assertThat(post.mean()).isCloseTo(2.4, within(1e-15));
        for (JsonNode c : Fixture.JSON.get("gamma_poisson_predictive")) {
            double p = new GammaPoisson(c.get("shape").asDouble(), c.get("rate").asDouble()).predictive(c.get("k").asLong());
            assertThat(p).as(c.toString()).isCloseTo(c.get("pmf").asDouble(), within(1e-12));
        }
    }

    @Test
    void normalKnownVarianceWeighsPriorAndDataByPrecision() {
        // prior N(0, 1), sigma^2 = 4, data mean 2 from 4 points: precision 1 + 4/4 = 2, mean (0 + 8/4) / 2 = 1
        NormalKnownVariance post = new NormalKnownVariance(0, 1, 4).update(1, 2, 3, 2);
        assertThat(post.mean()).isCloseTo(1, within(1e-15));
        assertThat(post.variance()).isCloseTo(0.5, within(1e-15));
        assertThat(post.predictive().variance()).isCloseTo(4.5, within(1e-12));
    }

    @Test
    void referenceNormalPosteriorGivesTheClassicalTInterval() {
        JsonNode r = Fixture.JSON.get("normal_reference");
        CredibleInterval ci = NormalInverseGamma.reference(JsonFixtures.doubles(r.get("x"))).mean().equalTailed(0.95);
        assertThat(ci.low()).isCloseTo(r.get("low").asDouble(), within(1e-10));
        assertThat(ci.high()).isCloseTo(r.get("high").asDouble(), within(1e-10));
    }

    @Test
    void updatingInTwoBatchesEqualsUpdatingOnce() {
        NormalInverseGamma prior = new NormalInverseGamma(1, 0.5, 2, 3);
        NormalInverseGamma once = prior.update(1.2, 0.4, 2.2, 1.9, 0.7);
        NormalInverseGamma twice = prior.update(1.2, 0.4).update(2.2, 1.9, 0.7);
        assertThat(twice.mu0()).isCloseTo(once.mu0(), within(1e-12));
        assertThat(twice.kappa()).isCloseTo(once.kappa(), within(1e-12));
        assertThat(twice.alpha()).isCloseTo(once.alpha(), within(1e-12));
        assertThat(twice.beta()).isCloseTo(once.beta(), within(1e-12));
        assertThat(once.predictive().variance()).isGreaterThan(once.mean().variance());
    }

    @Test
    void badInputIsRefusedWithTheValue() {
        assertThatThrownBy(() -> new BetaBinomial(0, 1)).hasMessageContaining("alpha = 0");
        assertThatThrownBy(() -> BetaBinomial.uniform().update(5, 3))
                .hasMessageContaining("got 5 successes in 3 trials");
        assertThatThrownBy(() -> BetaBinomial.uniform().bayesFactor01(1, 2, 1.5))
                .hasMessageContaining("p0 must be in (0, 1), got 1.5");
        assertThatThrownBy(() -> new GammaPoisson(1, 1).update(2, -1))
                .hasMessageContaining("got -1.0 at index 1");
        assertThatThrownBy(() -> new NormalKnownVariance(0, 1, 1).update(1, Double.NaN))
                .hasMessageContaining("got NaN at index 1");
        assertThatThrownBy(() -> NormalInverseGamma.reference(3)).hasMessageContaining("at least 2 observations, got 1");
        assertThatThrownBy(() -> NormalInverseGamma.reference(3, 3, 3)).hasMessageContaining("all 3 equal 3.0");
        assertThatThrownBy(() -> new BetaBinomial(2, 2).distribution().equalTailed(1.2))
                .hasMessageContaining("credible mass must be in (0, 1), got 1.2");
    }
}
