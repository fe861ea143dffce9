package dev.lathe.prep.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.Targets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TrainTestSplitTest {

    @Property(tries = 200)
    void aRandomSplitTestsTheCeilingOfTheFractionAndCoversEveryRow(@ForAll @IntRange(min = 2, max = 300) int n,
            @ForAll @DoubleRange(min = 0.01, max = 0.99) double testSize, @ForAll long seed) {
        int nTest = (int) Math.ceil(testSize * n);
        Assume.that(nTest < n);
        List<Fold> folds = new TrainTestSplit(testSize, seed).split(FoldChecks.rows(n), null);
        assertThat(folds).hasSize(1);
        FoldChecks.assertDisjoint(folds.get(0), n);
        assertThat(folds.get(0).test()).hasSize(nTest);
        assertThat(folds.get(0).train()).hasSize(n - nTest);
    }

    @Property(tries = 200)
    void aStratifiedSplitGivesEveryClassItsShareWithinOneRow(
            @ForAll @Size(min = 6, max = 200) List<@IntRange(min = 0, max = 3) Integer> labels,
            @ForAll @DoubleRange(min = 0.05, max = 0.95) double testSize, @ForAll long seed) {
        Column y = FoldChecks.letters("y", labels);
        Targets.Encoded classes = Targets.labels(y);
        int n = labels.size();
        int nTest = (int) Math.ceil(testSize * n);
        Assume.that(nTest < n && Arrays.stream(classes.counts()).allMatch(c -> c >= 2));
        Fold f = TrainTestSplit.stratified(testSize, seed).fold(FoldChecks.rows(n), y);
        FoldChecks.assertDisjoint(f, n);
        assertThat(f.train().length + f.test().length).isEqualTo(n);
        assertThat(f.test()).hasSize(nTest);
        for (int c = 0; c < classes.counts().length; c++) {
            double exact = (double) nTest * classes.counts()[c] / n;
            assertThat((double) FoldChecks.countOf(f.test(), classes.codes(), c)).isStrictlyBetween(exact - 1, exact + 1);
        }
    }

    @Property(tries = 200)
    void aGroupedSplitKeepsEveryGroupWhole(
            @ForAll @Size(min = 2, max = 150) List<@IntRange(min = 0, max = 20) Integer> groupOf,
            @ForAll @DoubleRange(min = 0.05, max = 0.95) double testSize, @ForAll long seed) {
        Frame data = FoldChecks.rows(groupOf.size()).withColumn(FoldChecks.letters("g", groupOf));
        int[] codes = Targets.labels(data.column("g")).codes();
        long groups = Arrays.stream(codes).distinct().count();
        Assume.that(groups >= 2 && Math.ceil(testSize * groups) < groups);
        Fold f = TrainTestSplit.grouped(testSize, "g", seed).fold(data, null);
        FoldChecks.assertDisjoint(f, groupOf.size());
        assertThat(f.train().length + f.test().length).isEqualTo(groupOf.size());
        assertThat(FoldChecks.share(f.train(), f.test(), codes)).isFalse();
        assertThat(Arrays.stream(f.test()).map(i -> codes[i]).distinct().count()).isEqualTo((long) Math.ceil(testSize * groups));
    }

    @Property(tries = 200)
    void aTimeSplitTestsTheLatestRowsAndTrainsBeforeTheGap(@ForAll @IntRange(min = 2, max = 200) int n,
            @ForAll @DoubleRange(min = 0.01, max = 0.99) double testSize, @ForAll @IntRange(min = 0, max = 5) int gap) {
        int nTest = (int) Math.ceil(testSize * n);
        Assume.that(n - nTest - gap >= 1);
        Fold f = TrainTestSplit.time(testSize, null, gap).fold(FoldChecks.rows(n), null);
        FoldChecks.assertDisjoint(f, n);
        assertThat(f.test()).hasSize(nTest).endsWith(n - 1);
        assertThat(f.test()[0]).isEqualTo(n - nTest);
        assertThat(f.train()).hasSize(n - nTest - gap).startsWith(0);
        assertThat(f.train()[f.train().length - 1] + gap).isEqualTo(f.test()[0] - 1);
    }

    @Test
    void aTimeSplitByTimestampTestsTheLatestTimes() {
        Frame data = Frame.of(NumericColumn.of("t", 5, 1, 4, 2, 3, 0), NumericColumn.of("v", 0, 1, 2, 3, 4, 5));
        Fold f = TrainTestSplit.time(0.3, "t", 1).fold(data, null);
        assertThat(f.test()).containsExactly(0, 2);
        assertThat(f.train()).containsExactly(1, 3, 5);
    }

    @Test
    void theSameSeedGivesTheSameSplitAnotherSeedAnother() {
        Frame data = FoldChecks.rows(100);
        Fold a = new TrainTestSplit(0.2, 9).fold(data, null);
        assertThat(new TrainTestSplit(0.2, 9).fold(data, null)).usingRecursiveComparison().isEqualTo(a);
        assertThat(new TrainTestSplit(0.2, 10).fold(data, null).test()).isNotEqualTo(a.test());
    }

    @Test
    void framesAreTheTrainingAndTestRowsWithEveryColumnInRowOrder() {
        Frame data = FoldChecks.rows(20).withColumn(FoldChecks.letters("y", Arrays.stream(new int[20]).boxed().toList()));
        TrainTestSplit.Parts parts = new TrainTestSplit(0.25, 4).frames(data, "y");
        assertThat(parts.test().rowCount()).isEqualTo(5);
        assertThat(parts.train().rowCount()).isEqualTo(15);
        assertThat(parts.train().names()).containsExactly("x", "y");
        double[] all = Arrays.stream(new double[][] {parts.train().numeric("x").toArray(), parts.test().numeric("x").toArray()})
                .flatMapToDouble(Arrays::stream).sorted().toArray();
        assertThat(all).containsExactly(FoldChecks.rows(20).numeric("x").toArray());
        assertThat(parts.test().numeric("x").toArray()).isSorted();
    }

    @Test
    void modesAreNamedAsHyperparameters() {
        TrainTestSplit s = (TrainTestSplit) new TrainTestSplit().withParams(Map.of("mode", "grouped", "group_column", "site"));
        assertThat(s).isEqualTo(TrainTestSplit.grouped(0.25, "site", 0));
        assertThat(s.params()).containsKeys("test_size", "mode", "group_column", "time_column", "gap", "seed");
    }

    @Test
    void hyperparametersAreChecked() {
        for (double bad : new double[] {0, 1, 1.5, -0.2, Double.NaN}) {
            assertThatThrownBy(() -> new TrainTestSplit(bad, 0))
                    .hasMessage("test_size must be a fraction strictly between 0 and 1, got " + bad);
        }
        assertThatThrownBy(() -> TrainTestSplit.grouped(0.2, null, 0))
                .hasMessage("mode grouped needs group_column: the name of the column holding each row's group");
        assertThatThrownBy(() -> new TrainTestSplit(0.2, TrainTestSplit.Mode.RANDOM, "g", null, 0, 0))
                .hasMessage("group_column applies to mode grouped only, the mode is random");
        assertThatThrownBy(() -> new TrainTestSplit(0.2, TrainTestSplit.Mode.STRATIFIED, null, "t", 0, 0))
                .hasMessage("time_column applies to mode time only, the mode is stratified");
        assertThatThrownBy(() -> new TrainTestSplit(0.2, TrainTestSplit.Mode.RANDOM, null, null, 2, 0))
                .hasMessage("gap applies to mode time only, the mode is random");
        assertThatThrownBy(() -> TrainTestSplit.time(0.2, null, -1)).hasMessage("gap must be at least 0, got -1");
        assertThatThrownBy(() -> new TrainTestSplit(0.2, null, null, null, 0, 0))
                .hasMessage("mode is required: random, stratified, grouped or time");
    }

    @Test
    void dataThatCannotBeSplitIsAClearError() {
        assertThatThrownBy(() -> new TrainTestSplit(0.25, 0).fold(FoldChecks.rows(1), null))
                .hasMessage("train_test_split: test_size = 0.25 of 1 rows leaves no rows for training");
        assertThatThrownBy(() -> new TrainTestSplit(0.25, 0).fold(FoldChecks.rows(0), null))
                .hasMessage("train_test_split: no rows to split");
        assertThatThrownBy(() -> TrainTestSplit.time(0.5, null, 3).fold(FoldChecks.rows(6), null))
                .hasMessage("train_test_split: 6 rows less 3 test rows (test_size = 0.5) and gap = 3 leave no training rows");
        assertThatThrownBy(() -> TrainTestSplit.stratified(0.5, 0).fold(FoldChecks.rows(6), null))
                .hasMessage("train_test_split needs the target to stratify by");
        assertThatThrownBy(() -> TrainTestSplit.stratified(0.5, 0).fold(FoldChecks.rows(5),
                CategoricalColumn.of("y", "a", "a", "b", "a", "a")))
                .hasMessage("train_test_split: class 'b' of target 'y' has 1 row; each class needs at least 2 rows"
                        + " to have rows on both sides");
        Frame oneGroup = FoldChecks.rows(4).withColumn(CategoricalColumn.of("g", "s", "s", "s", "s"));
        assertThatThrownBy(() -> TrainTestSplit.grouped(0.5, "g", 0).fold(oneGroup, null))
                .hasMessage("train_test_split: mode grouped needs at least 2 groups in column 'g', found 1");
        assertThatThrownBy(() -> TrainTestSplit.grouped(0.5, "site", 0).fold(oneGroup, null))
                .hasMessage("train_test_split needs the group column 'site', which the data does not have; columns: [x, g]");
        assertThatThrownBy(() -> new TrainTestSplit(0.25, 0).frames(oneGroup, "label"))
                .hasMessageContaining("no column 'label'");
    }
}
