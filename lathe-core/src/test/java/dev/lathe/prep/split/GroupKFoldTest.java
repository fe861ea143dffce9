package dev.lathe.prep.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.Targets;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class GroupKFoldTest {

    @Property(tries = 200)
    void groupsAreNeverSplitAndEveryRowIsTestedOnce(
            @ForAll @Size(min = 2, max = 120) List<@IntRange(min = 0, max = 15) Integer> groupOf,
            @ForAll @IntRange(min = 2, max = 6) int k) {
        Frame data = FoldChecks.rows(groupOf.size()).withColumn(FoldChecks.letters("g", groupOf));
        int[] codes = Targets.labels(data.column("g")).codes();
        Assume.that(java.util.Arrays.stream(codes).distinct().count() >= k);
        List<Fold> folds = new GroupKFold(k, "g").split(data, null);
        FoldChecks.assertPartition(folds, groupOf.size());
        assertThat(folds).noneMatch(f -> FoldChecks.share(f.train(), f.test(), codes));
    }

    @Test
    void largestGroupsGoFirstToTheLightestFold() {
        // sizes a=10, b=8, c=5, d=4, e=3 into 2 folds: a->0 (10), b->1 (8), c->1 (13), d->0 (14), e->1 (16)
        String[] g = new String[30];
        int row = 0;
        for (String[] group : new String[][] {{"a", "10"}, {"b", "8"}, {"c", "5"}, {"d", "4"}, {"e", "3"}}) {
            for (int r = 0; r < Integer.parseInt(group[1]); r++) {
                g[row++] = group[0];
            }
        }
        Frame data = FoldChecks.rows(30).withColumn(CategoricalColumn.of("g", g));
        List<Fold> folds = new GroupKFold(2, "g").split(data, null);
        assertThat(folds.get(0).test()).hasSize(14);
        assertThat(folds.get(1).test()).hasSize(16).startsWith(10);
    }

    @Test
    void theGroupColumnMustExistHaveNoGapsAndHoldEnoughGroups() {
        Frame data = FoldChecks.rows(4).withColumn(NumericColumn.of("site", 1, 2, 2, Double.NaN));
        assertThatThrownBy(() -> new GroupKFold(2, "patient").split(data, null))
                .hasMessage("group_k_fold needs the group column 'patient', which the data does not have; columns: [x, site]");
        assertThatThrownBy(() -> new GroupKFold(2, "site").split(data, null))
                .hasMessage("group_k_fold: group column 'site' has a missing value in row 4; every row needs a group");
        assertThatThrownBy(() -> new GroupKFold(3, "site").split(data.head(3), null))
                .hasMessage("group_k_fold cannot make 3 folds from 2 groups in column 'site'; n_splits must be at most the number of groups");
        assertThatThrownBy(() -> new GroupKFold(5, " "))
                .hasMessage("group_column is required: the name of the column holding each row's group");
        assertThatThrownBy(() -> new GroupKFold(1, "site")).hasMessage("n_splits must be at least 2, got 1");
    }
}
