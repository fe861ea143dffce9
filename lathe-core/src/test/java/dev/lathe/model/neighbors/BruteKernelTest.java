package dev.lathe.model.neighbors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast brute-force search (tiles of training rows, four features per pass, a threshold test before any
 * heap work) returns exactly what the plain definition gives: every pair's reduced distance summed one
 * feature at a time, all pairs sorted by distance then training row. Data with many exact ties and duplicate
 * rows, feature counts that leave every remainder of the four-feature passes, several tiles.
 */
class BruteKernelTest {

    private static final Metric[] METRICS = {Metric.EUCLIDEAN, Metric.MANHATTAN, Metric.MINKOWSKI, Metric.COSINE};

    /** Rows of small integers (many equal distances), every third a copy of an earlier row, a few wide values. */
    private static double[] tiedRows(int n, int d, Random r) {
        double[] rows = new double[n * d];
        for (int i = 0; i < n; i++) {
            int copied = i % 3 == 2 ? r.nextInt(i) : -1;
            for (int j = 0; j < d; j++) {
                rows[i * d + j] = copied >= 0 ? rows[copied * d + j]
                        : r.nextInt(20) == 0 ? r.nextGaussian() * 1e6 : r.nextInt(4) - 1;
            }
        }
        return rows;
    }

    /** Continuous values over six orders of magnitude, where the summation order shows in the last bits. */
    private static double[] wideRows(int n, int d, Random r) {
        double[] rows = new double[n * d];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = r.nextGaussian() * Math.pow(10, r.nextInt(7) - 3);
        }
        return rows;
    }

    private static Frame frame(double[] rows, int d) {
        int n = rows.length / d;
        NumericColumn[] cols = new NumericColumn[d];
        for (int j = 0; j < d; j++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = rows[i * d + j];
            }
            cols[j] = NumericColumn.wrap("x" + j, v);
        }
        return Frame.of(cols);
    }

    @Test
    void tileKernelEqualsThePerPairSumBitForBit() {
        Random r = new Random(7);
        for (int d = 1; d <= 13; d++) {
            int m = 37;
            double[] train = r.nextBoolean() ? tiedRows(m, d, r) : wideRows(m, d, r);
            double[] query = wideRows(5, d, r);
            double[][] columns = new double[d][m];
            for (int t = 0; t < m; t++) {
                for (int j = 0; j < d; j++) {
                    columns[j][t] = train[t * d + j];
                }
            }
            for (Metric metric : METRICS) {
                Distance distance = Distance.of(metric, 3);
                double[] out = new double[m];
                for (int i = 0; i < 5; i++) {
                    distance.tile(query, i * d, columns, m, out);
                    for (int t = 0; t < m; t++) {
                        double expected = distance.reduced(query, i * d, train, t * d, d);
                        assertThat(Double.doubleToLongBits(out[t])).as("d=%d %s pair (%d, %d)", d, metric, i, t)
                                .isEqualTo(Double.doubleToLongBits(expected));
                    }
                }
            }
        }
    }

    @Test
    void bruteForceEqualsSortingEveryPairWithTiesToTheLowerRow() {
        Random r = new Random(11);
        for (int d : new int[] {3, 4, 6, 9}) {
            double[] train = tiedRows(1300, d, r); // three tiles, the last one short
            double[] query = tiedRows(70, d, r);
            for (Metric metric : METRICS) {
                Distance distance = Distance.of(metric, 3);
                double[] q = distance.prepare(query, d);
                double[] x = distance.prepare(train, d);
                int[][] expected = new int[70][];
                for (int i = 0; i < 70; i++) {
                    expected[i] = sortedPairs(distance, q, i * d, x, d);
                }
                for (int k : new int[] {1, 10, 40}) {
                    Neighbors nb = NeighborSearch.fit(frame(train, d), k, metric, 3, Algorithm.BRUTE, 30)
                            .query(frame(query, d), k);
                    for (int i = 0; i < 70; i++) {
                        for (int rank = 0; rank < k; rank++) {
                            int t = expected[i][rank];
                            assertThat(nb.indices()[i][rank]).as("d=%d %s k=%d query %d rank %d", d, metric, k, i,
                                    rank).isEqualTo(t);
                            assertThat(nb.distances()[i][rank])
                                    .isEqualTo(distance.distance(distance.reduced(q, i * d, x, t * d, d)));
                        }
                    }
                }
            }
        }
    }

    /** Every training row, by reduced distance to the query at {@code qo} summed pair by pair, then by row. */
    private static int[] sortedPairs(Distance distance, double[] q, int qo, double[] x, int d) {
        int n = x.length / d;
        double[] reduced = new double[n];
        Integer[] order = new Integer[n];
        for (int t = 0; t < n; t++) {
            order[t] = t;
            reduced[t] = distance.reduced(q, qo, x, t * d, d);
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(t -> reduced[t]).thenComparingInt(t -> t));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    @Test
    void regressionAndKneighborsGoThroughTheSameSearch() {
        Random r = new Random(3);
        double[] train = tiedRows(900, 6, r);
        double[] query = tiedRows(40, 6, r);
        double[] y = new double[900];
        for (int i = 0; i < y.length; i++) {
            y[i] = r.nextInt(5);
        }
        KnnRegressorModel brute = new KNeighborsRegressor(7, Weights.DISTANCE, Metric.MINKOWSKI, 2,
                Algorithm.BRUTE, 30).fit(frame(train, 6), NumericColumn.wrap("y", y));
        KnnRegressorModel tree = new KNeighborsRegressor(7, Weights.DISTANCE, Metric.MINKOWSKI, 2,
                Algorithm.KD_TREE, 30).fit(frame(train, 6), NumericColumn.wrap("y", y));
        Neighbors a = brute.kneighbors(frame(query, 6));
        Neighbors b = tree.kneighbors(frame(query, 6));
        assertThat(a.indices()).isDeepEqualTo(b.indices());
        assertThat(a.distances()).isDeepEqualTo(b.distances());
        assertThat(brute.predict(frame(query, 6))).containsExactly(tree.predict(frame(query, 6)));
    }
}
