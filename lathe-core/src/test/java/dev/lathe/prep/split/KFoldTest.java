package dev.lathe.prep.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class KFoldTest {

    @Property(tries = 200)
    void foldsAreDisjointCoverEveryRowOnceAndDifferInSizeByAtMostOne(@ForAll @IntRange(min = 2, max = 200) int n,
            @ForAll @IntRange(min = 2, max = 20) int k, @ForAll boolean shuffle, @ForAll long seed) {
        Assume.that(k <= n);
        List<Fold> folds = new KFold(k, shuffle, seed).split(FoldChecks.rows(n), null);
        assertThat(folds).hasSize(k);
        FoldChecks.assertPartition(folds, n);
        assertThat(folds).allMatch(f -> f.test().length == n / k || f.test().length == n / k + 1);
    }

    @Test
    void theSameSeedGivesTheSameFoldsAnotherSeedOthers() {
        List<Fold> a = new KFold(5, true, 7).split(FoldChecks.rows(50), null);
        List<Fold> b = new KFold(5, true, 7).split(FoldChecks.rows(50), null);
        List<Fold> c = new KFold(5, true, 8).split(FoldChecks.rows(50), null);
        assertThat(a).usingRecursiveFieldByFieldElementComparator().isEqualTo(b);
        assertThat(a.get(0).test()).isNotEqualTo(c.get(0).test());
    }

    @Test
    void tooFewRowsAndTooFewFoldsAreClearErrors() {
        assertThatThrownBy(() -> new KFold(5, false, 0).split(FoldChecks.rows(3), null))
                .hasMessage("cannot make 5 folds from 3 rows");
        assertThatThrownBy(() -> new KFold(1, false, 0)).hasMessage("n_splits must be at least 2, got 1");
    }
}
