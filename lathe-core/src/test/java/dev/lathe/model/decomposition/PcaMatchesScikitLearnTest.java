package dev.lathe.model.decomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Frame;
import dev.lathe.model.cluster.ClusterFixture;
import dev.lathe.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/**
 * PCA and incremental PCA against scikit-learn 1.2.1 on iris (fixtures/cluster/cluster.json): components (same
 * signs), explained variance and its ratio, singular values, means, coordinates of the first 10 rows (plain and
 * whitened) and their inverse transform, to 1e-9.
 */
class PcaMatchesScikitLearnTest {

    private static final Frame IRIS = ClusterFixture.frame("iris");

    private static void assertMatrix(double[][] actual, JsonNode expected, String label) {
        double[][] e = JsonFixtures.matrix(expected);
        assertThat(actual.length).as(label).isEqualTo(e.length);
        for (int i = 0; i < e.length; i++) {
            for (int j = 0; j < e[i].length; j++) {
                assertThat(actual[i][j]).as(label + " [" + i + "][" + j + "]").isCloseTo(e[i][j], within(1e-9));
            }
        }
    }

    private static void assertVector(double[] actual, JsonNode expected, String label) {
        double[] e = JsonFixtures.doubles(expected);
        assertThat(actual).as(label).hasSize(e.length);
        for (int i = 0; i < e.length; i++) {
            assertThat(actual[i]).as(label + " [" + i + "]").isCloseTo(e[i], within(1e-9));
        }
    }

    @Test
    void pcaMatchesComponentsVariancesAndTransforms() {
        int cases = 0;
        for (JsonNode c : ClusterFixture.json().get("pca")) {
            PcaModel m = new Pca(c.get("n_components").asInt(), c.get("whiten").asBoolean()).fit(IRIS);
            String label = "n=" + c.get("n_components").asInt() + " whiten=" + c.get("whiten").asBoolean();
            assertMatrix(m.components(), c.get("components"), label + " components");
            assertVector(m.explainedVariance(), c.get("explained_variance"), label + " variance");
            assertVector(m.explainedVarianceRatio(), c.get("explained_variance_ratio"), label + " ratio");
            assertVector(m.singularValues(), c.get("singular_values"), label + " singular values");
            assertVector(m.mean(), c.get("mean"), label + " mean");
            double[][] t = m.transform(IRIS.head(10));
            assertMatrix(t, c.get("transform"), label + " transform");
            assertMatrix(m.inverseTransform(t), c.get("inverse"), label + " inverse");
            cases++;
        }
        assertThat(cases).isEqualTo(3);
    }

    @Test
    void incrementalPcaMatchesScikitLearnBatchByBatch() {
        JsonNode c = ClusterFixture.json().get("incremental_pca");
        PcaModel m = new IncrementalPca(c.get("n_components").asInt(), c.get("batch_size").asInt(), false).fit(IRIS);
        assertMatrix(m.components(), c.get("components"), "components");
        assertVector(m.explainedVariance(), c.get("explained_variance"), "variance");
        assertVector(m.explainedVarianceRatio(), c.get("explained_variance_ratio"), "ratio");
        assertMatrix(m.transform(IRIS.head(10)), c.get("transform"), "transform");
    }

    @Test
    void allComponentsReconstructTheDataExactly() {
        PcaModel m = new Pca().fit(IRIS);
        double[][] back = m.inverseTransform(m.transform(IRIS));
        for (int i = 0; i < IRIS.rowCount(); i++) {
            for (int j = 0; j < 4; j++) {
                assertThat(back[i][j]).isCloseTo(((dev.lathe.frame.NumericColumn) IRIS.column(j)).get(i), within(1e-12));
            }
        }
        double sum = 0;
        for (double r : m.explainedVarianceRatio()) {
            sum += r;
        }
        assertThat(sum).isCloseTo(1.0, within(1e-12));
    }
}
