package dev.lathe.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BoxplotStatsTest {

    @Test
    void handCheckedTukeyFencesWithMissingValue() {
        // sorted 1..8, 100: q1 at position 2 = 3, median 5, q3 at position 6 = 7; fences 3 - 6, 7 + 6
        BoxplotStats s = BoxplotStats.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 100, Double.NaN});
        assertThat(s.count()).isEqualTo(9);
        assertThat(s.missing()).isEqualTo(1);
        assertThat(s.q1()).isEqualTo(3.0);
        assertThat(s.median()).isEqualTo(5.0);
        assertThat(s.q3()).isEqualTo(7.0);
        assertThat(s.iqr()).isEqualTo(4.0);
        assertThat(s.lowerFence()).isEqualTo(-3.0);
        assertThat(s.upperFence()).isEqualTo(13.0);
        assertThat(s.lowerWhisker()).isEqualTo(1.0);
        assertThat(s.upperWhisker()).isEqualTo(8.0);
        assertThat(s.outliers()).containsExactly(100.0);
        assertThat(s.outlierRows()).containsExactly(8);
    }

    @Test
    void interpolatedQuartilesAndCustomK() {
        // sorted -20, 1, 2, 3, 4, 10: q1 at 1.25 = 1.25, median 2.5, q3 at 3.75 = 3.75; k = 1: fences -1.25, 6.25
        BoxplotStats s = BoxplotStats.of(new double[] {10, 1, 2, 3, 4, -20}, 1.0);
        assertThat(s.q1()).isEqualTo(1.25);
        assertThat(s.median()).isEqualTo(2.5);
        assertThat(s.q3()).isEqualTo(3.75);
        assertThat(s.lowerFence()).isEqualTo(-1.25);
        assertThat(s.upperFence()).isEqualTo(6.25);
        assertThat(s.lowerWhisker()).isEqualTo(1.0);
        assertThat(s.upperWhisker()).isEqualTo(4.0);
        assertThat(s.outliers()).containsExactly(10.0, -20.0);
        assertThat(s.outlierRows()).containsExactly(0, 5);
        assertThat(s.outlierCount()).isEqualTo(2);
    }

    @Test
    void whiskerNeverInsideTheBoxAsMatplotlib() {
        // matplotlib 3.6.3 cbook.boxplot_stats([0, 0, 0, 100]): q1 0, med 0, q3 25, whislo 0, whishi 25, fliers [100]
        // (the largest point inside the upper fence 62.5 is 0 < q3, so the whisker stops at q3)
        BoxplotStats s = BoxplotStats.of(new double[] {0, 0, 0, 100});
        assertThat(s.q3()).isEqualTo(25.0);
        assertThat(s.upperFence()).isEqualTo(62.5);
        assertThat(s.lowerWhisker()).isEqualTo(0.0);
        assertThat(s.upperWhisker()).isEqualTo(25.0);
        assertThat(s.outliers()).containsExactly(100.0);
    }

    @Test
    void allMissingGivesNaNAndNoOutliers() {
        BoxplotStats s = BoxplotStats.of(new double[] {Double.NaN, Double.NaN});
        assertThat(s.count()).isZero();
        assertThat(s.missing()).isEqualTo(2);
        assertThat(s.median()).isNaN();
        assertThat(s.upperWhisker()).isNaN();
        assertThat(s.outliers()).isEmpty();
    }

    @Test
    void perGroupWithFrameRowIndices() {
        Frame frame = Frame.of(
                NumericColumn.of("y", 1, 50, 2, 3, Double.NaN, 4, 5, 9, 6, 7),
                CategoricalColumn.of("g", "a", "b", "a", "a", "b", "a", null, "b", "b", "a"));
        Map<String, BoxplotStats> groups = BoxplotStats.byGroup(frame, "y", "g", 1.5);
        assertThat(groups.keySet()).containsExactly("a", "b");
        BoxplotStats a = groups.get("a"); // 1, 2, 3, 4, 7: q1 2, median 3, q3 4, fences -1, 7
        assertThat(a.count()).isEqualTo(5);
        assertThat(a.q1()).isEqualTo(2.0);
        assertThat(a.q3()).isEqualTo(4.0);
        assertThat(a.upperWhisker()).isEqualTo(7.0);
        assertThat(a.outliers()).isEmpty();
        BoxplotStats b = groups.get("b"); // 50, NaN, 9, 6: sorted 6, 9, 50: q1 7.5, median 9, q3 29.5, fences -25.5, 62.5
        assertThat(b.count()).isEqualTo(3);
        assertThat(b.missing()).isEqualTo(1);
        assertThat(b.q1()).isEqualTo(7.5);
        assertThat(b.q3()).isEqualTo(29.5);
        assertThat(b.upperWhisker()).isEqualTo(50.0);
        BoxplotStats bTight = BoxplotStats.byGroup(frame, "y", "g", 0.5).get("b"); // upper fence 40.5
        assertThat(bTight.outliers()).containsExactly(50.0);
        assertThat(bTight.outlierRows()).containsExactly(1);
    }

    @Test
    void rejectsBadMultiplierAndInfiniteValues() {
        assertThatThrownBy(() -> BoxplotStats.of(new double[] {1, 2}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("greater than 0");
        assertThatThrownBy(() -> BoxplotStats.of(new double[] {1, 2}, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fence multiplier");
        assertThatThrownBy(() -> BoxplotStats.of(new double[] {1, Double.POSITIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    }
}
