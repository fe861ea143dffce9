package dev.lathe.model.neighbors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Brute force and KD-tree agree bit for bit, ties go to the lower row, and bad queries are clear errors. */
class NeighborSearchTest {

    private static Frame grid(int rows, int d, long seed, boolean integers) {
        Random r = new Random(seed);
        NumericColumn[] cols = new NumericColumn[d];
        for (int j = 0; j < d; j++) {
            double[] v = new double[rows];
            for (int i = 0; i < rows; i++) {
                v[i] = integers ? r.nextInt(5) : r.nextGaussian();
            }
            cols[j] = NumericColumn.wrap("x" + j, v);
        }
        return Frame.of(cols);
    }

    @Test
    void kdTreeAndBruteForceReturnTheSameNeighboursInTheSameOrder() {
        for (boolean integers : new boolean[] {true, false}) {
            Frame x = grid(700, 4, 1, integers);
            Frame q = grid(150, 4, 2, integers);
            for (Metric metric : new Metric[] {Metric.EUCLIDEAN, Metric.MANHATTAN, Metric.MINKOWSKI}) {
                NeighborSearch brute = NeighborSearch.fit(x, 7, metric, 3, Algorithm.BRUTE, 10);
                NeighborSearch tree = NeighborSearch.fit(x, 7, metric, 3, Algorithm.KD_TREE, 10);
                Neighbors a = brute.query(q, 7);
                Neighbors b = tree.query(q, 7);
                assertThat(b.indices()).isDeepEqualTo(a.indices());
                assertThat(b.distances()).isDeepEqualTo(a.distances());
            }
        }
    }

    @Test
    void equalDistancesKeepTheLowerTrainingRowFirst() {
        Frame x = Frame.of(NumericColumn.wrap("a", new double[] {2, 0, 2, 0, 1}));
        Frame q = Frame.of(NumericColumn.wrap("a", new double[] {1}));
        Neighbors nb = NeighborSearch.fit(x, 3, Metric.EUCLIDEAN, 2, Algorithm.BRUTE, 30).query(q, 3);
        assertThat(nb.indices()[0]).containsExactly(4, 0, 1);
        assertThat(nb.distances()[0]).containsExactly(0, 1, 1);
    }

    @Test
    void autoChoosesTheTreeOnlyWhereItHelps() {
        assertThat(NeighborSearch.fit(grid(700, 4, 1, false), 5, Metric.MINKOWSKI, 2, Algorithm.AUTO, 30)
                .algorithm()).isEqualTo(Algorithm.KD_TREE);
        assertThat(NeighborSearch.fit(grid(700, 16, 1, false), 5, Metric.MINKOWSKI, 2, Algorithm.AUTO, 30)
                .algorithm()).isEqualTo(Algorithm.BRUTE);
        assertThat(NeighborSearch.fit(grid(700, 4, 1, false), 5, Metric.COSINE, 2, Algorithm.AUTO, 30)
                .algorithm()).isEqualTo(Algorithm.BRUTE);
        assertThat(NeighborSearch.fit(grid(40, 4, 1, false), 5, Metric.MINKOWSKI, 2, Algorithm.AUTO, 30)
                .algorithm()).isEqualTo(Algorithm.BRUTE);
    }

    @Test
    void aQueryMissingAFeatureIsAClearError() {
        KnnRegressorModel m = new KNeighborsRegressor().fit(grid(50, 3, 1, false),
                NumericColumn.wrap("y", new double[50]));
        assertThatThrownBy(() -> m.predict(grid(5, 2, 1, false))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fitted on 3 features").hasMessageContaining("lacks 'x2'");
    }

    @Test
    void moreNeighboursThanTrainingRowsIsAClearError() {
        assertThatThrownBy(() -> new KNeighborsRegressor(8, Weights.UNIFORM, Metric.MINKOWSKI, 2, Algorithm.AUTO, 30)
                .fit(grid(6, 2, 1, false), NumericColumn.wrap("y", new double[6])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n_neighbors 8 is larger than the 6 training rows");
    }

    @Test
    void cosineCannotUseTheTreeAndPMustBeAtLeastOne() {
        assertThatThrownBy(() -> new KNeighborsClassifier(5, Weights.UNIFORM, Metric.COSINE, 2, Algorithm.KD_TREE, 30))
                .hasMessageContaining("kd_tree cannot search the cosine metric");
        assertThatThrownBy(() -> new KNeighborsClassifier(5, Weights.UNIFORM, Metric.MINKOWSKI, 0.5, Algorithm.AUTO, 30))
                .hasMessageContaining("p must be");
    }
}
