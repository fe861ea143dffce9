package dev.lathe.model.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Frame;
import dev.lathe.testing.JsonFixtures;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * k-means against scikit-learn 1.2.1 (fixtures/cluster/cluster.json): from the same starting centres (drawn by
 * scikit-learn's k-means++ and written out), Lloyd and Elkan give the same labels on all 300 rows, the same
 * centres and inertia (to 1e-9 relative) and the same number of iterations, for k = 3, 4 and 6.
 */
class KMeansMatchesScikitLearnTest {

    @Test
    void sameClustersInertiaAndIterationsFromTheSameStart() {
        Frame x = ClusterFixture.frame("x");
        int cases = 0;
        for (JsonNode c : ClusterFixture.json().get("kmeans")) {
            int k = c.get("k").asInt();
            Algorithm algorithm = Algorithm.valueOf(c.get("algorithm").asText().toUpperCase(Locale.ROOT));
            KMeans estimator = new KMeans(k, Init.K_MEANS_PLUS_PLUS, 1, 300, 0.0, algorithm, 0);
            KMeansModel m = estimator.fit(x, JsonFixtures.matrix(c.get("init")));
            String label = "k=" + k + " " + algorithm;
            assertThat(m.labels()).as(label).isEqualTo(JsonFixtures.ints(c.get("labels")));
            assertThat(m.inertia()).as(label).isCloseTo(c.get("inertia").asDouble(),
                    within(1e-9 * c.get("inertia").asDouble()));
            assertThat(m.nIter()).as(label).isEqualTo(c.get("n_iter").asInt());
            double[][] centres = JsonFixtures.matrix(c.get("centers"));
            for (int l = 0; l < k; l++) {
                for (int j = 0; j < centres[l].length; j++) {
                    assertThat(m.centres()[l][j]).as(label).isCloseTo(centres[l][j], within(1e-9));
                }
            }
            assertThat(m.predict(x)).as(label).isEqualTo(m.labels());
            cases++;
        }
        assertThat(cases).isEqualTo(6);
    }
}
