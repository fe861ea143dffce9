package dev.lathe.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.Frame;
import dev.lathe.model.cluster.Algorithm;
import dev.lathe.model.cluster.ClusterFixture;
import dev.lathe.model.cluster.Init;
import dev.lathe.model.cluster.KMeans;
import org.junit.jupiter.api.Test;

/** Choosing k on the fixture's four Gaussian blobs (scikit-learn make_blobs, 300 rows, 4 features). */
class ClusterCountTest {

    private static final KMeans KMEANS = new KMeans(8, Init.K_MEANS_PLUS_PLUS, 4, 300, 1e-4, Algorithm.LLOYD, 1);

    @Test
    void elbowSilhouetteAndGapFindTheFourBlobs() {
        Frame x = ClusterFixture.frame("x");
        ClusterCount.Result r = ClusterCount.choose(x, 1, 8, KMEANS, 10, 3);
        assertThat(r.candidates()).hasSize(8);
        assertThat(r.elbow()).isEqualTo(4);
        assertThat(r.silhouette()).isEqualTo(4);
        assertThat(r.gap()).isEqualTo(4);
        for (int i = 1; i < r.candidates().size(); i++) {
            assertThat(r.candidates().get(i).inertia()).isLessThan(r.candidates().get(i - 1).inertia());
        }
        assertThat(r.candidates().get(0).silhouette()).isNaN();
        // the k = 4 clustering matches the fixture's scikit-learn k = 4 run, whose silhouette it must reproduce
        double reference = ClusterFixture.json().get("kmeans").get(2).get("silhouette").asDouble();
        assertThat(r.candidates().get(3).silhouette()).isCloseTo(reference, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void anEmptyRangeIsAClearError() {
        Frame x = ClusterFixture.frame("x");
        assertThatThrownBy(() -> ClusterCount.choose(x, 3, 3, KMEANS, 5, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k_min < k_max");
        assertThatThrownBy(() -> ClusterCount.choose(x.head(5), 1, 6, KMEANS, 5, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 6 rows");
    }
}
