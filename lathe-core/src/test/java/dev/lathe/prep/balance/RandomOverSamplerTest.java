package dev.lathe.prep.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.prep.Resampler.Resampled;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomOverSamplerTest {

    /** 12 rows: class "a" 8 rows (x = 0..7), "b" 3 rows (x = 10..12), "c" 1 row (x = 20). */
    static final Frame X = Frame.of(NumericColumn.of("x", 0, 10, 1, 2, 11, 3, 4, 12, 5, 6, 7, 20));
    static final Column Y = CategoricalColumn.of("y", "a", "b", "a", "a", "b", "a", "a", "b", "a", "a", "a", "c");

    @Test
    void smallerClassesGrowToTheLargestByRepeatingTheirOwnRows() {
        Resampled r = new RandomOverSampler(1, 3).resample(X, Y);
        assertThat(r.data().rowCount()).isEqualTo(24);
        assertThat(Segments.count(r.target(), "a")).isEqualTo(8);
        assertThat(Segments.count(r.target(), "b")).isEqualTo(8);
        assertThat(Segments.count(r.target(), "c")).isEqualTo(8);
        for (int i = 0; i < 24; i++) {
            double x = r.data().numeric("x").get(i);
            String expected = x >= 20 ? "c" : x >= 10 ? "b" : "a";
            assertThat(r.target().format(i)).isEqualTo(expected);
        }
        assertThat(r.data().numeric("x").toArray()).startsWith(X.numeric("x").toArray());
    }

    @Test
    void aRatioGrowsEachClassToThatShareOfTheLargest() {
        Resampled r = new RandomOverSampler(0.5, 3).resample(X, Y);
        assertThat(Segments.count(r.target(), "b")).isEqualTo(4);
        assertThat(Segments.count(r.target(), "c")).isEqualTo(4);
        assertThat(Segments.count(r.target(), "a")).isEqualTo(8);
    }

    @Test
    void theSameSeedRepeatsTheSameRowsAnotherSeedOthers() {
        double[] a = new RandomOverSampler(1, 3).resample(X, Y).data().numeric("x").toArray();
        assertThat(new RandomOverSampler(1, 3).resample(X, Y).data().numeric("x").toArray()).containsExactly(a);
        assertThat(new RandomOverSampler(1, 4).resample(X, Y).data().numeric("x").toArray()).isNotEqualTo(a);
    }

    @Test
    void aRatioThatWouldRemoveRowsASingleClassOrNoTargetAreClearErrors() {
        assertThatThrownBy(() -> new RandomOverSampler(0.25, 0).resample(X, Y))
                .hasMessage("random_over_sampler: sampling_strategy = 0.25 asks for 2 rows of class 'b', which already has 3;"
                        + " an over-sampler only adds rows, so raise sampling_strategy");
        Column one = CategoricalColumn.of("y", IntStream.range(0, 12).mapToObj(i -> "a").toArray(String[]::new));
        assertThatThrownBy(() -> new RandomOverSampler().resample(X, one))
                .hasMessage("random_over_sampler needs at least two classes to balance; target 'y' has only [a]");
        assertThatThrownBy(() -> new RandomOverSampler().resample(X, null))
                .hasMessage("random_over_sampler needs the target to balance its classes");
        assertThatThrownBy(() -> new RandomOverSampler().resample(X, Y.take(new int[] {0, 1})))
                .hasMessage("target 'y' has 2 rows, the data has 12");
    }

    @Test
    void samplingStrategyMustBeARatioUpToOne() {
        for (double bad : new double[] {0, -1, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> new RandomOverSampler(bad, 0))
                    .hasMessage("sampling_strategy must be in (0, 1], the ratio of each class's rows to the largest"
                            + " class's after resampling, got " + bad);
        }
    }
}
