package dev.lathe.prep.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.Frame;
import dev.lathe.frame.TextColumn;
import dev.lathe.frame.TimestampColumn;
import dev.lathe.math.Shuffle;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TimeSeriesSplitTest {

    @Property(tries = 300)
    void noFoldTrainsOnTheFutureOrInsideTheGap(@ForAll @IntRange(min = 3, max = 200) int n,
            @ForAll @IntRange(min = 2, max = 8) int k, @ForAll @IntRange(min = 0, max = 10) int gap,
            @ForAll @IntRange(min = 0, max = 20) int testSize, @ForAll @IntRange(min = 0, max = 50) int maxTrain) {
        int size = testSize > 0 ? testSize : n / (k + 1);
        Assume.that(k + 1 <= n && n - gap - (long) k * size > 0);
        TimeSeriesSplit splitter = new TimeSeriesSplit(k, testSize > 0 ? testSize : null, gap,
                maxTrain > 0 ? maxTrain : null, null);
        List<Fold> folds = splitter.split(FoldChecks.rows(n), null);
        assertThat(folds).hasSize(k);
        int previousTestEnd = -1;
        for (Fold f : folds) {
            FoldChecks.assertDisjoint(f, n);
            int testStart = f.test()[0];
            assertThat(f.test()).hasSize(size);
            assertThat(f.test()[size - 1]).isEqualTo(testStart + size - 1);
            assertThat(testStart).isEqualTo(previousTestEnd < 0 ? n - k * size : previousTestEnd + 1);
            previousTestEnd = f.test()[size - 1];
            assertThat(f.train()[f.train().length - 1]).isEqualTo(testStart - gap - 1);
            assertThat(f.train().length).isEqualTo(maxTrain > 0 ? Math.min(maxTrain, testStart - gap) : testStart - gap);
        }
        assertThat(previousTestEnd).isEqualTo(n - 1);
    }

    @Test
    void aTimestampColumnOrdersShuffledRows() {
        int n = 30;
        int[] rank = Rows.identity(n);
        Shuffle.inPlace(rank, new SplittableRandom(5));
        long[] millis = Arrays.stream(rank).mapToLong(r -> 1_700_000_000_000L + r * 3_600_000L).toArray();
        Frame data = FoldChecks.rows(n).withColumn(TimestampColumn.of("at", millis));
        List<Fold> folds = new TimeSeriesSplit(3, 5, 2, null, "at").split(data, null);
        for (Fold f : folds) {
            int latestTrain = Arrays.stream(f.train()).map(i -> rank[i]).max().orElseThrow();
            int earliestTest = Arrays.stream(f.test()).map(i -> rank[i]).min().orElseThrow();
            assertThat(latestTrain).isEqualTo(earliestTest - 3);
        }
        assertThat(Arrays.stream(folds.get(2).test()).map(i -> rank[i]).sorted().toArray()).containsExactly(25, 26, 27, 28, 29);
    }

    @Test
    void tooFewRowsAreClearErrors() {
        assertThatThrownBy(() -> new TimeSeriesSplit().split(FoldChecks.rows(5), null))
                .hasMessage("time_series_split cannot make 5 folds from 5 rows; it needs at least n_splits + 1 = 6");
        assertThatThrownBy(() -> new TimeSeriesSplit(3, 3, 2, null, null).split(FoldChecks.rows(11), null))
                .hasMessage("time_series_split: 11 rows are too few for n_splits = 3 test blocks of test_size = 3 rows"
                        + " after gap = 2 rows; the first fold would have no training rows");
    }

    @Test
    void theTimeColumnMustExistBeATimeAndHaveNoGaps() {
        Frame data = FoldChecks.rows(3).withColumn(TextColumn.of("when", "a", "b", "c"))
                .withColumn(TimestampColumn.of("at", 1L, TimestampColumn.MISSING, 3L));
        assertThatThrownBy(() -> new TimeSeriesSplit(2, null, 0, null, "day").split(data, null))
                .hasMessage("time_series_split needs the time column 'day', which the data does not have; columns: [x, when, at]");
        assertThatThrownBy(() -> new TimeSeriesSplit(2, null, 0, null, "when").split(data, null))
                .hasMessage("time_series_split: time column 'when' is text; it must be a timestamp or numeric column");
        assertThatThrownBy(() -> new TimeSeriesSplit(2, null, 0, null, "at").split(data, null))
                .hasMessage("time_series_split: time column 'at' has a missing value in row 2; every row needs a time");
    }

    @Test
    void hyperparametersAreChecked() {
        assertThatThrownBy(() -> new TimeSeriesSplit(1, null, 0, null, null)).hasMessage("n_splits must be at least 2, got 1");
        assertThatThrownBy(() -> new TimeSeriesSplit(3, 0, 0, null, null)).hasMessage("test_size must be at least 1, got 0");
        assertThatThrownBy(() -> new TimeSeriesSplit(3, null, -1, null, null)).hasMessage("gap must be at least 0, got -1");
        assertThatThrownBy(() -> new TimeSeriesSplit(3, null, 0, 0, null)).hasMessage("max_train_size must be at least 1, got 0");
        assertThat(new TimeSeriesSplit().withParams(java.util.Map.of("test_size", 4, "max_train_size", 10)))
                .isEqualTo(new TimeSeriesSplit(5, 4, 0, 10, null));
    }
}
