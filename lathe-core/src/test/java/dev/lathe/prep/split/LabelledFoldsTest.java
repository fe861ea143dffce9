package dev.lathe.prep.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Folds for semi-supervised learning: labelled rows split, unlabelled rows in every training fold. */
class LabelledFoldsTest {

    @Test
    void unlabelledRowsTrainInEveryFoldAndAreNeverTested() {
        int n = 40;
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 4 == 0 ? "a" : i % 4 == 1 ? "b" : null;
        }
        Frame data = Frame.of(NumericColumn.wrap("x", IntStream.range(0, n).asDoubleStream().toArray()));
        List<Fold> folds = new LabelledFolds(new StratifiedKFold(5, true, 3)).split(data,
                CategoricalColumn.of("y", labels));
        assertThat(folds).hasSize(5);
        int[] tested = new int[n];
        for (Fold f : folds) {
            for (int i : f.test()) {
                assertThat(labels[i]).as("row %d tested", i).isNotNull();
                tested[i]++;
            }
            for (int i = 0; i < n; i++) {
                if (labels[i] == null) {
                    assertThat(f.train()).contains(i);
                }
            }
            for (int i : f.test()) {
                assertThat(f.train()).doesNotContain(i);
            }
            // stratified: each test fold holds two rows of each class
            assertThat(Arrays.stream(f.test()).filter(i -> labels[i].equals("a")).count()).isEqualTo(2);
        }
        for (int i = 0; i < n; i++) {
            assertThat(tested[i]).as("row %d", i).isEqualTo(labels[i] == null ? 0 : 1);
        }
    }

    @Test
    void needsAnInnerSplitterAndATarget() {
        assertThatThrownBy(() -> new LabelledFolds(null)).hasMessageContaining("need a splitter");
        Frame data = Frame.of(NumericColumn.of("x", 1, 2, 3));
        assertThatThrownBy(() -> new LabelledFolds(new KFold(2, false, 0)).split(data, null))
                .hasMessageContaining("need the target");
    }
}
