package dev.lathe.prep.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.prep.Resampler.Resampled;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SmoteNcTest {

    /**
     * Rare rows A (x 0, red), B (x 1, blue), C (x 3, red), D (x 10, red), then 8 common rows. The rare class's
     * population variance of x is 15.25, so a colour mismatch adds 15.25 to the squared distance: A's nearest
     * rare row is C (9), not B (1 + 15.25). With k = 1 every synthetic row takes its neighbour's colour, which
     * is red for A, B, C and D alike (B -> A, C -> A, D -> C). Plain Euclidean distance on x, or the half
     * penalty of imbalanced-learn before 0.11 (1 + 7.625 < 9), would pair A with B and give blue rows.
     */
    private final Frame x = Frame.of(NumericColumn.of("x", 0, 1, 3, 10, 50, 51, 52, 53, 54, 55, 56, 57),
            CategoricalColumn.of("colour", "red", "blue", "red", "red", "red", "blue", "red", "blue", "red", "blue",
                    "red", "blue"));
    private final Column y = CategoricalColumn.of("y", IntStream.range(0, 12).mapToObj(i -> i < 4 ? "rare" : "common")
            .toArray(String[]::new));

    @Test
    void categoryMismatchesCostTheSquaredMedianStandardDeviationAndNewCategoriesFollowTheNeighbours() {
        Resampled out = new SmoteNc(1, 1, 3).resample(x, y);
        assertThat(out.data().rowCount()).isEqualTo(16);
        assertThat(Segments.count(out.target(), "rare")).isEqualTo(8);
        for (int s = 12; s < 16; s++) {
            assertThat(out.data().categorical("colour").get(s)).isEqualTo("red");
            assertThat(out.data().numeric("x").get(s)).isBetween(0.0, 10.0);
        }
    }

    @Test
    void theNewCategoryIsTheMostFrequentAmongTheKNeighbours() {
        // rare rows 0..4 (four green, one pink) each have the other four as neighbours (k = 4), three or four of
        // them green; 25 synthetic rows, many built from the pink row or towards it, must all be green
        Frame data = Frame.of(NumericColumn.of("x", IntStream.range(0, 35).mapToDouble(i -> i < 5 ? i : 20 + i).toArray()),
                CategoricalColumn.of("c", IntStream.range(0, 35).mapToObj(i -> i < 4 ? "green" : "pink").toArray(String[]::new)));
        Column target = CategoricalColumn.of("y", IntStream.range(0, 35).mapToObj(i -> i < 5 ? "rare" : "common")
                .toArray(String[]::new));
        Resampled out = new SmoteNc(4, 1, 0).resample(data, target);
        assertThat(out.data().rowCount()).isEqualTo(60);
        assertThat(IntStream.range(35, 60).mapToObj(i -> out.data().categorical("c").get(i))).containsOnly("green");
        assertThat(out.data().categorical("c").levels()).containsExactly("green", "pink");
    }

    @Test
    void theSameSeedGivesTheSameRows() {
        Resampled a = new SmoteNc(2, 1, 5).resample(x, y);
        Resampled b = new SmoteNc(2, 1, 5).resample(x, y);
        assertThat(b.data().numeric("x").toArray()).containsExactly(a.data().numeric("x").toArray());
        assertThat(b.data().categorical("colour").toCodes()).containsExactly(a.data().categorical("colour").toCodes());
        assertThat(new SmoteNc(2, 1, 6).resample(x, y).data().numeric("x").toArray())
                .isNotEqualTo(a.data().numeric("x").toArray());
    }

    @Test
    void featuresMustBeNumericAndCategoricalWithoutGaps() {
        assertThatThrownBy(() -> new SmoteNc(1, 1, 0).resample(x.drop("colour"), y))
                .hasMessage("smote_nc needs at least one categorical feature column; use Smote for numeric features only");
        assertThatThrownBy(() -> new SmoteNc(1, 1, 0).resample(x.drop("x"), y))
                .hasMessage("smote_nc needs at least one numeric feature column; for categorical features alone encode them first");
        Frame withFlag = x.withColumn(BooleanColumn.of("flag", IntStream.range(0, 12).mapToObj(i -> i % 2 == 0)
                .toArray(Boolean[]::new)));
        assertThatThrownBy(() -> new SmoteNc(1, 1, 0).resample(withFlag, y))
                .hasMessage("smote_nc takes numeric and categorical features, column 'flag' is boolean; encode or drop it first");
        Frame gap = x.withColumn(CategoricalColumn.of("colour", "red", null, "red", "red", "red", "blue", "red", "blue",
                "red", "blue", "red", "blue"));
        assertThatThrownBy(() -> new SmoteNc(1, 1, 0).resample(gap, y))
                .hasMessage("smote_nc: feature column 'colour' has a missing value in row 2; impute it first or drop the rows");
        assertThatThrownBy(() -> new SmoteNc(4, 1, 0).resample(x, y))
                .hasMessage("smote_nc: class 'rare' has 4 rows, too few for k_neighbors = 4 (it needs at least 5); lower k_neighbors");
    }
}
