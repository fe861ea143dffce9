package dev.lathe.prep.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.prep.Resampler.Resampled;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomUnderSamplerTest {

    @Test
    void largerClassesShrinkToTheSmallestKeepingDistinctRowsInOrder() {
        Resampled r = new RandomUnderSampler(1, false, 5).resample(RandomOverSamplerTest.X, RandomOverSamplerTest.Y);
        assertThat(r.data().rowCount()).isEqualTo(3);
        assertThat(Segments.count(r.target(), "a")).isEqualTo(1);
        assertThat(Segments.count(r.target(), "b")).isEqualTo(1);
        assertThat(Segments.count(r.target(), "c")).isEqualTo(1);
        double[] all = RandomOverSamplerTest.X.numeric("x").toArray();
        int[] positions = Arrays.stream(r.data().numeric("x").toArray())
                .mapToInt(v -> IntStream.range(0, all.length).filter(i -> all[i] == v).findFirst().orElseThrow()).toArray();
        assertThat(positions).isSorted().doesNotHaveDuplicates().endsWith(11);
    }

    @Test
    void aRatioKeepsTheSmallestClassDividedByIt() {
        int[] withoutC = IntStream.range(0, 11).toArray();
        Resampled half = new RandomUnderSampler(0.5, false, 5).resample(RandomOverSamplerTest.X.take(withoutC),
                RandomOverSamplerTest.Y.take(withoutC));
        // the smallest class, b, has 3 rows, so a keeps floor(3 / 0.5) = 6 of its 8
        assertThat(Segments.count(half.target(), "a")).isEqualTo(6);
        assertThat(Segments.count(half.target(), "b")).isEqualTo(3);
        assertThat(half.data().numeric("x").toArray()).doesNotHaveDuplicates();
    }

    @Test
    void withReplacementRowsMayRepeatButCountsHold() {
        Resampled r = new RandomUnderSampler(0.5, true, 1).resample(RandomOverSamplerTest.X, RandomOverSamplerTest.Y);
        assertThat(Segments.count(r.target(), "a")).isEqualTo(2);
        assertThat(Segments.count(r.target(), "b")).isEqualTo(2);
        assertThat(Segments.count(r.target(), "c")).isEqualTo(1);
    }

    @Test
    void theSameSeedKeepsTheSameRowsAnotherSeedOthers() {
        double[] a = new RandomUnderSampler(1, false, 2).resample(RandomOverSamplerTest.X, RandomOverSamplerTest.Y)
                .data().numeric("x").toArray();
        assertThat(new RandomUnderSampler(1, false, 2).resample(RandomOverSamplerTest.X, RandomOverSamplerTest.Y)
                .data().numeric("x").toArray()).containsExactly(a);
        assertThat(new RandomUnderSampler(1, false, 9).resample(RandomOverSamplerTest.X, RandomOverSamplerTest.Y)
                .data().numeric("x").toArray()).isNotEqualTo(a);
    }

    @Test
    void aRatioThatWouldAddRowsIsAClearError() {
        assertThatThrownBy(() -> new RandomUnderSampler(0.1, false, 0).resample(RandomOverSamplerTest.X, RandomOverSamplerTest.Y))
                .hasMessage("random_under_sampler: sampling_strategy = 0.1 asks for 10 rows of class 'a', which has only 8;"
                        + " an under-sampler only removes rows, so raise sampling_strategy");
    }
}
