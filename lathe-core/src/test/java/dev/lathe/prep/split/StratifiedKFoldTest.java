package dev.lathe.prep.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.Targets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class StratifiedKFoldTest {

    @Property(tries = 200)
    void everyFoldHoldsEachClassWithinOneRowOfItsExactShare(
            @ForAll @Size(min = 1, max = 150) List<@IntRange(min = 0, max = 3) Integer> drawn,
            @ForAll @IntRange(min = 2, max = 6) int k, @ForAll boolean shuffle, @ForAll long seed) {
        List<Integer> labels = new ArrayList<>(drawn);
        drawn.stream().distinct().forEach(c -> labels.addAll(Collections.nCopies(k, c)));
        Column y = FoldChecks.letters("y", labels);
        Targets.Encoded classes = Targets.labels(y);
        int[] counts = classes.counts();
        List<Fold> folds = new StratifiedKFold(k, shuffle, seed).split(FoldChecks.rows(labels.size()), y);
        FoldChecks.assertPartition(folds, labels.size());
        for (Fold f : folds) {
            for (int c = 0; c < counts.length; c++) {
                double exact = (double) counts[c] / k;
                assertThat(FoldChecks.countOf(f.test(), classes.codes(), c)).isBetween((int) Math.floor(exact),
                        (int) Math.ceil(exact));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameFoldsAndShufflingChangesThem() {
        Column y = FoldChecks.letters("y", IntStream.range(0, 60).map(i -> i % 3).boxed().toList());
        List<Fold> a = new StratifiedKFold(4, true, 3).split(FoldChecks.rows(60), y);
        assertThat(new StratifiedKFold(4, true, 3).split(FoldChecks.rows(60), y))
                .usingRecursiveFieldByFieldElementComparator().isEqualTo(a);
        assertThat(new StratifiedKFold(4, true, 4).split(FoldChecks.rows(60), y).get(0).test()).isNotEqualTo(a.get(0).test());
        assertThat(new StratifiedKFold(4, false, 3).split(FoldChecks.rows(60), y).get(0).test()).isNotEqualTo(a.get(0).test());
    }

    @Test
    void aClassWithFewerRowsThanFoldsIsAClearError() {
        Column y = CategoricalColumn.of("y", "a", "a", "a", "b", "b", "a");
        assertThatThrownBy(() -> new StratifiedKFold(3, false, 0).split(FoldChecks.rows(6), y))
                .hasMessage("stratified_k_fold: class 'b' of target 'y' has 2 rows; each class needs at least 3 rows"
                        + " to appear in each of the n_splits = 3 folds");
    }

    @Test
    void theTargetMustBeGivenMatchTheRowsAndHaveNoMissingLabel() {
        assertThatThrownBy(() -> new StratifiedKFold().split(FoldChecks.rows(10), null))
                .hasMessage("stratified_k_fold needs the target to stratify by");
        assertThatThrownBy(() -> new StratifiedKFold().split(FoldChecks.rows(10), NumericColumn.of("y", 1, 0)))
                .hasMessage("target 'y' has 2 rows, the data has 10");
        assertThatThrownBy(() -> new StratifiedKFold(2, false, 0).split(FoldChecks.rows(4),
                CategoricalColumn.of("y", "a", null, "b", "a")))
                .hasMessage("target 'y' has a missing label in row 2");
        assertThatThrownBy(() -> new StratifiedKFold(0, false, 0)).hasMessage("n_splits must be at least 2, got 0");
    }
}
