package dev.lathe.stats.causal;

import static dev.lathe.stats.causal.CausalFixtures.close;
import static dev.lathe.stats.causal.CausalFixtures.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.parallel.Parallelism;
import dev.lathe.stats.regression.Coefficient;
import dev.lathe.testing.CsvFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Propensity scores, IPW, matching and balance on observational.csv against statsmodels Logit, numpy and
 * scikit-learn NearestNeighbors (fixtures/causal/causal.json, "observational").
 */
class PropensityTest {

    private static final Frame DATA = CsvFixtures.read("causal/observational.csv");
    private static final PropensityEstimator ESTIMATOR = new PropensityEstimator("treat", "y",
            List.of("x1", "x2", "x3"), 200, 0.95, 42);
    private static final PropensityAnalysis RESULT = ESTIMATOR.fit(DATA);

    @Test
    void propensityModelAgreesWithStatsmodels() {
        JsonNode e = node("observational", "logit");
        for (int j = 0; j < 4; j++) {
            Coefficient c = RESULT.propensity().coefficients().get(j);
            close(c.estimate(), e.get("params").get(j).asDouble(), 1e-9, c.term());
            close(c.stdError(), e.get("bse").get(j).asDouble(), 1e-9, c.term() + " SE");
        }
        close(RESULT.propensity().logLikelihood(), e.get("llf").asDouble(), 1e-11, "llf");
        JsonNode head = node("observational", "propensity_head");
        for (int i = 0; i < 5; i++) {
            close(RESULT.propensity().probabilities()[i], head.get(i).asDouble(), 1e-10, "score " + i);
        }
        assertThat(RESULT.treated()).isEqualTo(node("observational", "n_treated").asInt());
        assertThat(RESULT.treated() + RESULT.control()).isEqualTo(600);
    }

    @Test
    void weightingAndMatchingAgreeWithTheReference() {
        close(RESULT.ipwAte().estimate(), node("observational", "ipw", "ate").asDouble(), 1e-9, "IPW ATE");
        close(RESULT.ipwAtt().estimate(), node("observational", "ipw", "att").asDouble(), 1e-9, "IPW ATT");
        close(RESULT.matchedAtt().estimate(), node("observational", "matching", "att").asDouble(), 1e-9, "matched ATT");
        close(RESULT.matchedAte().estimate(), node("observational", "matching", "ate").asDouble(), 1e-9, "matched ATE");
        byte[] t = new byte[600];
        double[] treat = DATA.numeric("treat").toArray();
        for (int i = 0; i < t.length; i++) {
            t[i] = (byte) treat[i];
        }
        int[] match = NearestNeighbourMatching.match(t, RESULT.propensity().probabilities());
        int firstTreated = 0;
        while (t[firstTreated] != 1) {
            firstTreated++;
        }
        assertThat(match[firstTreated]).isEqualTo(node("observational", "matching", "matched_control_of_first_treated").asInt());
    }

    @Test
    void balanceTableAgreesWithTheReferenceAndImproves() {
        assertThat(RESULT.balance()).extracting(BalanceRow::covariate).containsExactly("x1", "x2", "x3");
        for (BalanceRow b : RESULT.balance()) {
            JsonNode e = node("observational", "balance", b.covariate());
            close(b.smdBefore(), e.get("before").asDouble(), 1e-10, b.covariate() + " before");
            close(b.smdWeighted(), e.get("ipw").asDouble(), 1e-10, b.covariate() + " IPW");
            close(b.smdMatched(), e.get("matched").asDouble(), 1e-10, b.covariate() + " matched");
            assertThat(Math.abs(b.smdWeighted())).isLessThan(Math.abs(b.smdBefore()));
        }
    }

    @Test
    void bootstrapIntervalsCoverTheSimulatedEffectsAndIgnoreThreads() {
        // the simulated effect of each row is 2 + 0.5 x1: the ATE and ATT of this sample
        double[] x1 = DATA.numeric("x1").toArray();
        double[] treat = DATA.numeric("treat").toArray();
        double ate = 0;
        double att = 0;
        int n1 = 0;
        for (int i = 0; i < x1.length; i++) {
            ate += (2 + 0.5 * x1[i]) / x1.length;
            if (treat[i] == 1) {
                att += 2 + 0.5 * x1[i];
                n1++;
            }
        }
        att /= n1;
        assertThat(ate).isBetween(RESULT.ipwAte().ciLow(), RESULT.ipwAte().ciHigh());
        assertThat(att).isBetween(RESULT.ipwAtt().ciLow(), RESULT.ipwAtt().ciHigh());
        assertThat(att).isBetween(RESULT.matchedAtt().ciLow(), RESULT.matchedAtt().ciHigh());
        for (EffectEstimate e : List.of(RESULT.ipwAte(), RESULT.ipwAtt(), RESULT.matchedAte(), RESULT.matchedAtt())) {
            assertThat(e.stdError()).isPositive();
            assertThat(e.ciHigh() - e.ciLow()).isBetween(2 * 1.2 * e.stdError(), 2 * 2.8 * e.stdError());
        }
        int threads = Parallelism.threads();
        try {
            Parallelism.setThreads(1);
            PropensityAnalysis single = ESTIMATOR.fit(DATA);
            assertThat(single.ipwAte()).isEqualTo(RESULT.ipwAte());
            assertThat(single.matchedAtt()).isEqualTo(RESULT.matchedAtt());
        } finally {
            Parallelism.setThreads(threads);
        }
        PropensityAnalysis otherSeed = new PropensityEstimator("treat", "y", List.of("x1", "x2", "x3"), 200, 0.95, 43)
                .fit(DATA);
        assertThat(otherSeed.ipwAte().ciLow()).isNotEqualTo(RESULT.ipwAte().ciLow());
        assertThat(otherSeed.ipwAte().estimate()).isEqualTo(RESULT.ipwAte().estimate());
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> PropensityEstimator.of("treat", "y", List.of(), 1))
                .hasMessage("a propensity model needs at least one covariate");
        assertThatThrownBy(() -> new PropensityEstimator("treat", "y", List.of("x1"), 10, 0.95, 1))
                .hasMessage("bootstrap replicates must be at least 100, got 10");
        assertThatThrownBy(() -> PropensityEstimator.of("y", "y", List.of("x1"), 1))
                .hasMessage("treatment and outcome must be two different columns, got 'y' and 'y'");
        assertThatThrownBy(() -> PropensityEstimator.of("x1", "y", List.of("x2"), 1).fit(DATA))
                .hasMessageStartingWith("the treatment column 'x1' must hold 0 or 1; row 1 has");
        double[] one = DATA.numeric("treat").toArray().clone();
        for (int i = 0; i < one.length; i++) {
            one[i] = i == 0 ? 1 : 0;
        }
        Frame single = DATA.withColumn(NumericColumn.wrap("treat", one));
        assertThatThrownBy(() -> PropensityEstimator.of("treat", "y", List.of("x1"), 1).fit(single))
                .hasMessage("the treatment column 'treat' has 1 treated and 599 control rows among 600 complete rows;"
                        + " each group needs at least 2");
    }
}
