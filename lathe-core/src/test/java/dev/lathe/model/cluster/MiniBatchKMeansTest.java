package dev.lathe.model.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.eval.ClusteringMetrics;
import dev.lathe.frame.Frame;
import dev.lathe.model.UnsupervisedConformance;
import dev.lathe.model.UnsupervisedEstimator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Mini-batch k-means: close to full k-means on the fixture's blobs, and the shared unsupervised checks. */
class MiniBatchKMeansTest {

    @Test
    void findsTheSameBlobsAsFullKMeansWithinTwoPercentOfItsInertia() {
        Frame x = ClusterFixture.frame("x");
        KMeansModel full = new KMeans(4, Init.K_MEANS_PLUS_PLUS, 5, 300, 1e-4, Algorithm.LLOYD, 0).fit(x);
        KMeansModel mini = new MiniBatchKMeans(4, 64, 100, 10, 0).fit(x);
        assertThat(mini.inertia()).isBetween(full.inertia(), full.inertia() * 1.02);
        assertThat(ClusteringMetrics.adjustedRand(full.labels(), mini.labels())).isGreaterThan(0.98);
        assertThat(mini.predict(x)).isEqualTo(mini.labels());
    }

    @Nested
    class Conformance extends UnsupervisedConformance {
        @Override
        protected UnsupervisedEstimator estimator() {
            return new MiniBatchKMeans(3, 32, 50, 10, 4);
        }
    }
}
