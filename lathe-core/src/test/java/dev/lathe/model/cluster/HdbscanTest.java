package dev.lathe.model.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.UnsupervisedConformance;
import dev.lathe.model.UnsupervisedEstimator;
import dev.lathe.testing.CsvFixtures;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Nested;

/**
 * HDBSCAN against R's dbscan 1.1-11 {@code hdbscan(x, minPts)} (fixtures/cluster/hdbscan.csv, made by
 * make_hdbscan_fixture.R on the DBSCAN fixture's 340 rows), which uses minPts both as the smallest cluster and as
 * the core-distance count: the same noise rows, the same partition of the rest (cluster numbers may differ), and
 * the same GLOSH outlier scores.
 */
class HdbscanTest {

    @ParameterizedTest
    @ValueSource(ints = {5, 10, 20})
    void samePartitionNoiseAndOutlierScoresAsR(int minPts) throws Exception {
        Frame x = CsvFixtures.read("cluster/hdbscan_input.csv");
        Frame ref = CsvFixtures.read("cluster/hdbscan.csv");
        double[] m = ((NumericColumn) ref.column("min_pts")).toArray();
        double[] cluster = ((NumericColumn) ref.column("cluster")).toArray();
        double[] score = ((NumericColumn) ref.column("outlier_score")).toArray();
        HdbscanModel model = new Hdbscan(minPts, minPts).fit(x);
        int[] labels = model.labels();
        double[] glosh = model.outlierScores();
        Map<Integer, Integer> toR = new HashMap<>();
        Map<Integer, Integer> fromR = new HashMap<>();
        int row = 0;
        for (int t = 0; t < m.length; t++) {
            if (m[t] != minPts) {
                continue;
            }
            int r = (int) cluster[t];
            int mine = labels[row];
            assertThat(mine == -1).as("row %d noise", row + 1).isEqualTo(r == 0);
            if (mine >= 0) {
                assertThat(toR.computeIfAbsent(mine, k -> r)).as("row %d cluster", row + 1).isEqualTo(r);
                assertThat(fromR.computeIfAbsent(r, k -> mine)).as("row %d cluster", row + 1).isEqualTo(mine);
            }
            assertThat(glosh[row]).as("row %d GLOSH", row + 1).isCloseTo(score[t], within(1e-12));
            row++;
        }
        assertThat(row).isEqualTo(x.rowCount());
        assertThat(model.nClusters()).isEqualTo(toR.size());
    }

    @Nested
    class Conformance extends UnsupervisedConformance {
        @Override
        protected UnsupervisedEstimator estimator() {
            return new Hdbscan(8, 4);
        }
    }
}
