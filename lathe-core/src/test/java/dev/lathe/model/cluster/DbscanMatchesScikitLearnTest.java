package dev.lathe.model.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Frame;
import dev.lathe.testing.JsonFixtures;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * DBSCAN against scikit-learn 1.2.1 (fixtures/cluster/cluster.json): on 300 blob rows plus 40 uniform noise rows,
 * for three (eps, min_samples) settings, the labels of all 340 rows (cluster numbers, border rows and noise) and
 * the core rows are identical.
 */
class DbscanMatchesScikitLearnTest {

    @Test
    void identicalLabelsAndCoreRows() {
        Frame x = ClusterFixture.frame("x_dbscan");
        int cases = 0;
        for (JsonNode c : ClusterFixture.json().get("dbscan")) {
            DbscanModel m = new Dbscan(c.get("eps").asDouble(), c.get("min_samples").asInt(), 10).fit(x);
            String label = "eps=" + c.get("eps").asDouble();
            assertThat(m.labels()).as(label).isEqualTo(JsonFixtures.ints(c.get("labels")));
            JsonNode core = c.get("core");
            int[] expectedCore = IntStream.range(0, core.size()).filter(i -> core.get(i).asBoolean()).toArray();
            assertThat(m.coreSampleIndices()).as(label).isEqualTo(expectedCore);
            assertThat(m.nClusters()).as(label)
                    .isEqualTo((int) IntStream.of(m.labels()).filter(l -> l >= 0).distinct().count());
            cases++;
        }
        assertThat(cases).isEqualTo(3);
    }

    @Test
    void newRowsJoinTheClusterOfTheNearestCoreRowWithinEps() {
        Frame x = ClusterFixture.frame("x_dbscan");
        DbscanModel m = new Dbscan(2.0, 5, 30).fit(x);
        int[] predicted = m.predict(x);
        int[] labels = m.labels();
        for (int i : m.coreSampleIndices()) {
            assertThat(predicted[i]).isEqualTo(labels[i]);
        }
        int noise = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == -1) {
                assertThat(predicted[i]).isEqualTo(-1);
                noise++;
            }
        }
        assertThat(noise).isPositive();
    }
}
