package dev.lathe.prep.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.Column;
import dev.lathe.model.Targets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RepeatedKFoldTest {

    private final Column y = FoldChecks.letters("y", IntStream.range(0, 40).map(i -> i < 30 ? 0 : 1).boxed().toList());

    @Test
    void eachRepetitionIsAPartitionWithItsOwnShuffle() {
        List<Fold> folds = new RepeatedKFold(4, 3, false, 11).split(FoldChecks.rows(40), null);
        assertThat(folds).hasSize(12);
        for (int r = 0; r < 3; r++) {
            FoldChecks.assertPartition(folds.subList(4 * r, 4 * r + 4), 40);
        }
        assertThat(folds.get(0).test()).isNotEqualTo(folds.get(4).test());
        assertThat(new RepeatedKFold(4, 3, false, 11).split(FoldChecks.rows(40), null))
                .usingRecursiveFieldByFieldElementComparator().isEqualTo(folds);
        assertThat(new RepeatedKFold(4, 3, false, 12).split(FoldChecks.rows(40), null).get(0).test())
                .isNotEqualTo(folds.get(0).test());
    }

    @Test
    void stratifiedRepetitionsKeepClassProportions() {
        int[] codes = Targets.labels(y).codes();
        List<Fold> folds = new RepeatedKFold(5, 2, true, 1).split(FoldChecks.rows(40), y);
        assertThat(folds).hasSize(10);
        assertThat(folds).allMatch(f -> FoldChecks.countOf(f.test(), codes, 1) == 2 && f.test().length == 8);
        assertThatThrownBy(() -> new RepeatedKFold(5, 2, true, 1).split(FoldChecks.rows(40), null))
                .hasMessage("stratified_k_fold needs the target to stratify by");
    }

    @Test
    void hyperparametersAreChecked() {
        assertThatThrownBy(() -> new RepeatedKFold(5, 0, false, 0)).hasMessage("n_repeats must be at least 1, got 0");
        assertThatThrownBy(() -> new RepeatedKFold(1, 2, false, 0)).hasMessage("n_splits must be at least 2, got 1");
    }
}
