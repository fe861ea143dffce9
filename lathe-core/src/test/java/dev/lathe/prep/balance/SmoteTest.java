package dev.lathe.prep.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.prep.Resampler.Resampled;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SmoteTest {

    /** Three Gaussian features; the first {@code small} rows are class "rare", the other {@code large} "common". */
    static Resampled sample(int small, int large, long dataSeed) {
        SplittableRandom random = new SplittableRandom(dataSeed);
        List<Column> columns = new ArrayList<>();
        for (String name : List.of("f1", "f2", "f3")) {
            columns.add(NumericColumn.of(name, IntStream.range(0, small + large)
                    .mapToDouble(i -> (i < small ? 3 : 0) + nextGaussian(random)).toArray()));
        }
        return new Resampled(Frame.of(columns), CategoricalColumn.of("y", IntStream.range(0, small + large)
                .mapToObj(i -> i < small ? "rare" : "common").toArray(String[]::new)));
    }

    private static double nextGaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    @Property(tries = 60)
    void syntheticRowsLieBetweenARowAndOneOfItsNearestSameClassNeighbours(@ForAll @IntRange(min = 1, max = 5) int k,
            @ForAll @IntRange(min = 0, max = 15) int more, @ForAll @IntRange(min = 1, max = 30) int excess,
            @ForAll long seed) {
        int small = k + 1 + more;
        int large = small + excess;
        Resampled in = sample(small, large, seed);
        Resampled out = new Smote(k, 1, seed).resample(in.data(), in.target());
        int n = small + large;
        assertThat(out.data().rowCount()).isEqualTo(2 * large);
        assertThat(Segments.count(out.target(), "rare")).isEqualTo(large);
        List<String> names = in.data().names();
        double[][] points = IntStream.range(0, n).mapToObj(i -> Segments.point(in.data(), names, i)).toArray(double[][]::new);
        for (int i = 0; i < n; i++) {
            assertThat(Segments.point(out.data(), names, i)).containsExactly(points[i]);
        }
        int[] rare = IntStream.range(0, small).toArray();
        for (int s = n; s < 2 * large; s++) {
            double[] p = Segments.point(out.data(), names, s);
            assertThat(out.target().format(s)).isEqualTo("rare");
            assertThat(IntStream.of(rare).anyMatch(a -> IntStream.of(Segments.nearest(points, rare, a, k))
                    .anyMatch(b -> Segments.onSegment(p, points[a], points[b]))))
                    .as("synthetic row %d lies between a rare row and one of its %d nearest rare rows", s, k).isTrue();
        }
    }

    @Test
    void aRatioGrowsTheSmallClassToThatShareOfTheLargest() {
        Resampled in = sample(10, 40, 1);
        Resampled out = new Smote(3, 0.5, 1).resample(in.data(), in.target());
        assertThat(Segments.count(out.target(), "rare")).isEqualTo(20);
        assertThat(Segments.count(out.target(), "common")).isEqualTo(40);
    }

    @Test
    void theSameSeedGivesTheSameRowsAnotherSeedOthers() {
        Resampled in = sample(10, 30, 2);
        double[] a = new Smote(5, 1, 7).resample(in.data(), in.target()).data().numeric("f2").toArray();
        assertThat(new Smote(5, 1, 7).resample(in.data(), in.target()).data().numeric("f2").toArray()).containsExactly(a);
        assertThat(new Smote(5, 1, 8).resample(in.data(), in.target()).data().numeric("f2").toArray()).isNotEqualTo(a);
    }

    @Test
    void nonNumericFeaturesAreClearErrorsPointingToSmoteNc() {
        Resampled in = sample(10, 30, 3);
        Frame withColour = in.data().withColumn(CategoricalColumn.of("colour", IntStream.range(0, 40)
                .mapToObj(i -> i % 2 == 0 ? "red" : "blue").toArray(String[]::new)));
        assertThatThrownBy(() -> new Smote().resample(withColour, in.target()))
                .hasMessage("smote takes numeric features only, column 'colour' is categorical;"
                        + " use SmoteNc (SMOTE-NC) for mixed numeric and categorical features");
        Frame withText = in.data().withColumn(TextColumn.of("note", new String[40]));
        assertThatThrownBy(() -> new Smote().resample(withText, in.target()))
                .hasMessage("smote takes numeric features only, column 'note' is text; encode or drop it first");
        assertThatThrownBy(() -> new Smote().resample(in.data().select(List.of()), in.target()))
                .hasMessage("smote needs at least one numeric feature column");
    }

    @Test
    void tooFewRowsForTheNeighboursASingleClassAndGapsAreClearErrors() {
        Resampled in = sample(4, 30, 4);
        assertThatThrownBy(() -> new Smote(5, 1, 0).resample(in.data(), in.target()))
                .hasMessage("smote: class 'rare' has 4 rows, too few for k_neighbors = 5 (it needs at least 6);"
                        + " lower k_neighbors");
        Column one = CategoricalColumn.of("y", IntStream.range(0, 34).mapToObj(i -> "rare").toArray(String[]::new));
        assertThatThrownBy(() -> new Smote().resample(in.data(), one))
                .hasMessage("smote needs at least two classes to balance; target 'y' has only [rare]");
        double[] f1 = in.data().numeric("f1").toArray();
        f1[7] = Double.NaN;
        assertThatThrownBy(() -> new Smote(3, 1, 0).resample(in.data().withColumn(NumericColumn.of("f1", f1)), in.target()))
                .hasMessage("smote: feature column 'f1' has a missing value in row 8; impute it first or drop the rows");
        f1[7] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> new Smote(3, 1, 0).resample(in.data().withColumn(NumericColumn.of("f1", f1)), in.target()))
                .hasMessage("smote: feature column 'f1' has an infinite value in row 8");
    }

    @Test
    void hyperparametersAreChecked() {
        assertThatThrownBy(() -> new Smote(0, 1, 0)).hasMessage("k_neighbors must be at least 1, got 0");
        assertThatThrownBy(() -> new Smote(5, 2, 0)).hasMessageStartingWith("sampling_strategy must be in (0, 1]");
        assertThat(new Smote().params()).containsOnlyKeys("k_neighbors", "sampling_strategy", "seed");
    }
}
