package dev.lathe.model.neighbors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.testing.CsvFixtures;
import dev.lathe.testing.JsonFixtures;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The Gower metric against R's {@code cluster::daisy(x, metric = "gower")} on a mixed data set with missing
 * values (fixtures/neighbors/README.md: gower_mixed.csv, gower_daisy.json), and its bad input.
 */
class GowerDistanceTest {

    private static final String[] FEATURES = {"height", "income", "colour", "size"};

    private static Frame data() {
        return CsvFixtures.read("neighbors/gower_mixed.csv");
    }

    private static Frame rows(Frame data, String role) {
        int[] keep = IntStream.range(0, data.rowCount()).filter(i -> data.column("role").format(i).equals(role))
                .toArray();
        return data.take(keep);
    }

    private static KNeighborsClassifier gower(int k) {
        return new KNeighborsClassifier(k, Weights.UNIFORM, Metric.GOWER, 2, Algorithm.AUTO, 30);
    }

    @Test
    void distancesNeighboursAndLabelsMatchDaisy() {
        Frame data = data();
        assertThat(data.column("colour")).isInstanceOf(CategoricalColumn.class);
        JsonNode ref = JsonFixtures.read("neighbors/gower_daisy.json");
        Frame train = rows(data, "train");
        int n = train.rowCount();
        KnnClassifierModel m = gower(ref.get("k").asInt()).fit(train.select(FEATURES), train.column("label"));
        assertThat(m.algorithm()).isEqualTo(Algorithm.BRUTE);
        Frame all = data.select(FEATURES);
        Neighbors every = m.kneighbors(all, n);
        double worst = 0;
        for (int i = 0; i < all.rowCount(); i++) {
            for (int r = 0; r < n; r++) {
                int t = every.indices()[i][r];
                double expected = ref.get("distances").get(i).get(t).asDouble();
                worst = Math.max(worst, Math.abs(every.distances()[i][r] - expected));
            }
        }
        assertThat(worst).as("largest distance difference from daisy").isLessThan(1e-12);
        Neighbors nearest = m.kneighbors(all);
        String[] predicted = m.predict(all);
        for (int i = 0; i < all.rowCount(); i++) {
            int[] expected = new int[nearest.indices()[i].length];
            for (int r = 0; r < expected.length; r++) {
                expected[r] = ref.get("neighbours").get(i).get(r).asInt();
            }
            assertThat(nearest.indices()[i]).as("row %d", i + 1).containsExactly(expected);
            assertThat(predicted[i]).as("row %d", i + 1).isEqualTo(ref.get("labels").get(i).asText());
        }
    }

    @Test
    void savedAndLoadedModelKeepsTheTrainingRangesAndLevels() {
        Frame data = data();
        Frame train = rows(data, "train");
        Frame query = rows(data, "query").select(FEATURES);
        KnnClassifierModel m = gower(3).fit(train.select(FEATURES), train.column("label"));
        KnnClassifierModel back = (KnnClassifierModel) RoundTrip.saveAndLoad(m);
        assertThat(back.kneighbors(query).distances()).isDeepEqualTo(m.kneighbors(query).distances());
        assertThat(back.predict(query)).containsExactly(m.predict(query));
    }

    @Test
    void aZeroRangeColumnCountsWithDissimilarityZeroAsDaisyDoes() {
        // daisy(data.frame(a = c(1, 2, NA, 4), b = factor(c("x", "y", "x", NA)), c = 5), metric = "gower")
        // gives 0.4444444 between rows 1 and 2: (1/3 + 1 + 0) / 3, and 0 between rows 3 and 4 (only c observed)
        Frame x = Frame.of(java.util.List.of(NumericColumn.of("a", 1, 2, Double.NaN, 4),
                CategoricalColumn.of("b", "x", "y", "x", null), NumericColumn.of("c", 5, 5, 5, 5)));
        KNeighborsRegressor e = new KNeighborsRegressor(4, Weights.UNIFORM, Metric.GOWER, 2, Algorithm.BRUTE, 30);
        KnnRegressorModel m = e.fit(x, NumericColumn.of("y", 1, 2, 3, 4));
        Neighbors nb = m.kneighbors(x);
        assertThat(distanceTo(nb, 0, 1)).isCloseTo(4.0 / 9, within(1e-15));
        assertThat(distanceTo(nb, 2, 3)).isEqualTo(0.0);
        assertThat(distanceTo(nb, 0, 3)).isCloseTo(0.5, within(1e-15));
    }

    private static double distanceTo(Neighbors nb, int row, int to) {
        int r = Arrays.stream(nb.indices()[row]).boxed().toList().indexOf(to);
        return nb.distances()[row][r];
    }

    @Test
    void aQueryRowSharingNoFeatureWithItsNeighboursIsAClearError() {
        Frame train = rows(data(), "train");
        KnnClassifierModel m = gower(3).fit(train.select(FEATURES), train.column("label"));
        Frame empty = Frame.of(java.util.List.of(NumericColumn.of("height", 170, Double.NaN),
                NumericColumn.of("income", 30, Double.NaN), CategoricalColumn.of("colour", "red", null),
                CategoricalColumn.of("size", "S", null)));
        assertThatThrownBy(() -> m.predict(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("query row 2").hasMessageContaining("shares no observed feature");
    }

    @Test
    void aQueryOfAnotherSchemaIsAClearError() {
        Frame train = rows(data(), "train");
        KnnClassifierModel m = gower(3).fit(train.select(FEATURES), train.column("label"));
        Frame query = rows(data(), "query").select(FEATURES);
        assertThatThrownBy(() -> m.predict(query.drop("size"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lacks 'size'");
        Frame numericColour = query.withColumn(NumericColumn.of("colour", 1, 2, 3, 4));
        assertThatThrownBy(() -> m.predict(numericColour)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'colour' was categorical").hasMessageContaining("numeric");
        Frame textHeight = query.withColumn(TextColumn.of("height", "a", "b", "c", "d"));
        assertThatThrownBy(() -> m.predict(textHeight)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'height' was numeric");
    }

    @Test
    void anUnseenCategoryDiffersFromEveryTrainingLevel() {
        Frame x = Frame.of(java.util.List.of(CategoricalColumn.of("c", "a", "b")));
        KnnRegressorModel m = new KNeighborsRegressor(2, Weights.UNIFORM, Metric.GOWER, 2, Algorithm.AUTO, 30)
                .fit(x, NumericColumn.of("y", 1, 3));
        Neighbors nb = m.kneighbors(Frame.of(java.util.List.of(CategoricalColumn.of("c", "z"))));
        assertThat(nb.distances()[0]).containsExactly(1.0, 1.0);
    }

    @Test
    void kdTreeAndTextColumnsAreRefused() {
        assertThatThrownBy(() -> new KNeighborsClassifier(3, Weights.UNIFORM, Metric.GOWER, 2, Algorithm.KD_TREE, 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot search the gower metric");
        Frame x = Frame.of(java.util.List.of(TextColumn.of("note", "a", "b", "c")));
        assertThatThrownBy(() -> gower(1).fit(x, CategoricalColumn.of("y", "p", "q", "p")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'note' is text");
    }
}
