package dev.lathe.model.cluster;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.decomposition.IncrementalPca;
import dev.lathe.model.decomposition.Pca;
import org.junit.jupiter.api.Test;

/** Each bad input to the clustering and PCA estimators fails with a message naming the parameter or value. */
class ClusterBadInputTest {

    private static final Frame IRIS = Datasets.iris().drop("species");

    @Test
    void hyperparametersOutOfRange() {
        assertThatThrownBy(() -> new KMeans(0, Init.RANDOM, 1, 300, 1e-4, Algorithm.LLOYD, 0))
                .hasMessageContaining("n_clusters must be at least 1, got 0");
        assertThatThrownBy(() -> new KMeans(3, Init.RANDOM, 1, 300, -1, Algorithm.LLOYD, 0))
                .hasMessageContaining("tol").hasMessageContaining("-1");
        assertThatThrownBy(() -> new GaussianMixture(2, CovarianceType.FULL, 1e-3, -1e-6, 100, 1, MixtureInit.KMEANS, 0))
                .hasMessageContaining("reg_covar");
        assertThatThrownBy(() -> new Dbscan(0, 5, 30)).hasMessageContaining("eps").hasMessageContaining("greater than 0");
        assertThatThrownBy(() -> new Hdbscan(1, null)).hasMessageContaining("min_cluster_size must be at least 2");
        assertThatThrownBy(() -> new MiniBatchKMeans(3, 0, 100, 10, 0)).hasMessageContaining("batch_size");
        assertThatThrownBy(() -> new Pca(0, false)).hasMessageContaining("n_components");
        assertThatThrownBy(() -> new IncrementalPca(2, 0, false)).hasMessageContaining("batch_size");
    }

    @Test
    void moreClustersOrComponentsThanTheDataHold() {
        Frame five = IRIS.head(5);
        assertThatThrownBy(() -> new KMeans().withClusters(6).fit(five))
                .hasMessageContaining("n_clusters 6 is more than the 5 rows");
        assertThatThrownBy(() -> new GaussianMixture().withComponents(6).fit(five))
                .hasMessageContaining("n_components 6 is more than the 5 rows");
        assertThatThrownBy(() -> new Pca(5, false).fit(IRIS)).hasMessageContaining("n_components 5 is more than");
        assertThatThrownBy(() -> new IncrementalPca(3, 2, false).fit(IRIS))
                .hasMessageContaining("n_components 3 is more than the batch of 2 rows");
        assertThatThrownBy(() -> new Hdbscan(5, 10).fit(five)).hasMessageContaining("min_samples (10)");
    }

    @Test
    void startingPointsThatDoNotFit() {
        assertThatThrownBy(() -> new KMeans().withClusters(2).fit(IRIS, new double[][] {{1, 2, 3, 4}}))
                .hasMessageContaining("1 starting centres for n_clusters 2");
        assertThatThrownBy(() -> new KMeans().withClusters(1).fit(IRIS, new double[][] {{1, 2}}))
                .hasMessageContaining("starting centre 0 has 2 values for 4 feature columns");
        int[] labels = new int[150];
        labels[7] = 3;
        assertThatThrownBy(() -> new GaussianMixture().withComponents(3).fit(IRIS, labels))
                .hasMessageContaining("initial label of row 8 is 3; expected 0 to 2");
    }

    @Test
    void aCollapsedMixtureComponentNamesTheRemedy() {
        double[] same = new double[20];
        java.util.Arrays.fill(same, 1.5);
        double[] other = same.clone();
        Frame flat = Frame.of(NumericColumn.wrap("a", same), NumericColumn.wrap("b", other));
        assertThatThrownBy(() -> new GaussianMixture(1, CovarianceType.FULL, 1e-3, 0, 100, 1, MixtureInit.KMEANS, 0)
                .fit(flat)).hasMessageContaining("component 0").hasMessageContaining("increase reg_covar");
    }

    @Test
    void sampleCountsMustBePositive() {
        GaussianMixtureModel m = new GaussianMixture().withComponents(2).fit(IRIS);
        assertThatThrownBy(() -> m.sample(0, 1, null)).hasMessageContaining("at least 1, got 0");
    }
}
