package dev.lathe.model.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Frame;
import dev.lathe.testing.JsonFixtures;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Gaussian mixtures against scikit-learn 1.2.1 (fixtures/cluster/cluster.json): from the same start (the
 * parameters one M-step makes of fixed k-means labels), for each covariance type the final mean log-likelihood
 * agrees to 1e-6 (it also passes at 1e-11) after the same number of EM iterations; so do the weights, means, per-row
 * log-densities and posterior probabilities, BIC, AIC and every row's label.
 */
class GaussianMixtureMatchesScikitLearnTest {

    @Test
    void sameLogLikelihoodFromTheSameStartForEveryCovarianceType() {
        Frame x = ClusterFixture.frame("x");
        int[] start = JsonFixtures.ints(ClusterFixture.json().get("gmm_init_labels"));
        int cases = 0;
        for (JsonNode c : ClusterFixture.json().get("gmm")) {
            CovarianceType type = CovarianceType.valueOf(c.get("covariance_type").asText().toUpperCase(Locale.ROOT));
            GaussianMixtureModel m = new GaussianMixture(3, type, 1e-8, 1e-6, 500, 1, MixtureInit.KMEANS, 0)
                    .fit(x, start);
            String label = type.name();
            assertThat(m.lowerBound()).as(label).isCloseTo(c.get("lower_bound").asDouble(), within(1e-6));
            assertThat(m.nIter()).as(label).isEqualTo(c.get("n_iter").asInt());
            assertThat(m.converged()).as(label).isTrue();
            double[] weights = JsonFixtures.doubles(c.get("weights"));
            double[][] means = JsonFixtures.matrix(c.get("means"));
            for (int k = 0; k < 3; k++) {
                assertThat(m.weights()[k]).as(label).isCloseTo(weights[k], within(1e-8));
                for (int j = 0; j < 4; j++) {
                    assertThat(m.means()[k][j]).as(label).isCloseTo(means[k][j], within(1e-7));
                }
            }
            Frame first = x.head(10);
            double[] scores = m.scoreSamples(first);
            double[][] proba = m.predictProba(first);
            double[][] refProba = JsonFixtures.matrix(c.get("predict_proba"));
            for (int i = 0; i < 10; i++) {
                assertThat(scores[i]).as(label).isCloseTo(c.get("score_samples").get(i).asDouble(), within(1e-6));
                for (int k = 0; k < 3; k++) {
                    assertThat(proba[i][k]).as(label).isCloseTo(refProba[i][k], within(1e-6));
                }
            }
            assertThat(m.bic(x)).as(label).isCloseTo(c.get("bic").asDouble(), within(1e-4));
            assertThat(m.aic(x)).as(label).isCloseTo(c.get("aic").asDouble(), within(1e-4));
            assertThat(m.predict(x)).as(label).isEqualTo(JsonFixtures.ints(c.get("labels")));
            cases++;
        }
        assertThat(cases).isEqualTo(4);
    }
}
