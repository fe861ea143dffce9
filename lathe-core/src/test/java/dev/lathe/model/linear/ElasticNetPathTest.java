package dev.lathe.model.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.model.Features;
import dev.lathe.testing.JsonFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The automatic alpha grid and the warm-started path against scikit-learn's enet_path (enet_path.json). */
class ElasticNetPathTest {

    private static final JsonNode REF = JsonFixtures.read("linear/enet_path.json");

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 0.5})
    void gridAndPathMatchScikitLearn(double l1Ratio) {
        Frame d = Datasets.diabetes();
        Centered c = Centered.of(Features.matrix(d.drop("progression")), d.numeric("progression").toArray(), null,
                true);
        JsonNode ref = REF.get("diabetes_" + l1Ratio);
        double[] expectedAlphas = JsonFixtures.doubles(ref.get("alphas"));
        double[] alphas = ElasticNetPath.alphaGrid(c.x(), c.y(), l1Ratio, 1e-3, 100);
        assertThat(alphas).hasSize(100);
        for (int a = 0; a < alphas.length; a++) {
            assertThat(alphas[a]).isCloseTo(expectedAlphas[a], within(1e-13 * expectedAlphas[a]));
        }
        ElasticNetPath.Result path = ElasticNetPath.fit(c.x(), c.y(), l1Ratio, alphas, 1_000_000, 1e-12);
        assertThat(path.notConverged()).isZero();
        double worst = 0;
        for (int a = 0; a < alphas.length; a++) {
            double[] expected = JsonFixtures.doubles(ref.get("coefs").get(a));
            for (int j = 0; j < expected.length; j++) {
                worst = Math.max(worst, Math.abs(path.coefs()[a][j] - expected[j]));
            }
        }
        assertThat(worst).isLessThan(1e-8);
        assertThat(path.coefs()[0]).containsOnly(0.0);
    }
}
