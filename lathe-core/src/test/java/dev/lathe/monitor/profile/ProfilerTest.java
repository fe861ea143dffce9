package dev.lathe.monitor.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.parallel.Parallelism;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.datasketches.quantilescommon.QuantileSearchCriteria;
import org.junit.jupiter.api.Test;

/** Profiles hold what they claim, and profiles of parts merge into the profile of the whole. */
class ProfilerTest {

    private static Frame data(long seed, int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n];
        String[] c = new String[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 50 == 0 ? Double.NaN : Math.exp(rng.nextGaussian());
            c[i] = i % 40 == 0 ? null : "l" + rng.nextInt(7);
        }
        return Frame.of(NumericColumn.of("x", x), CategoricalColumn.of("c", c));
    }

    @Test
    void countsMomentsAndHistogramAreExact() {
        Frame data = data(1, 10_000);
        DataProfile p = Profiler.profile(data, ProfileOptions.defaults());
        NumericProfile x = (NumericProfile) p.column("x");
        double[] present = Arrays.stream(data.numeric("x").toArray()).filter(Double::isFinite).toArray();
        assertThat(x.present()).isEqualTo(present.length);
        assertThat(x.missing()).isEqualTo(200);
        double mean = Arrays.stream(present).average().orElseThrow();
        double var = Arrays.stream(present).map(v -> (v - mean) * (v - mean)).sum() / present.length;
        assertThat(x.mean()).isCloseTo(mean, within(1e-12));
        assertThat(x.sd()).isCloseTo(Math.sqrt(var), within(1e-12));
        long[] bins = x.histogram();
        assertThat(bins).hasSize(52);
        assertThat(bins[0]).isZero();
        assertThat(bins[51]).isZero();
        assertThat(Arrays.stream(bins).sum()).isEqualTo(present.length);
        double[] e = x.edges();
        assertThat(e[0]).isEqualTo(Arrays.stream(present).min().orElseThrow());
        assertThat(e[50]).isEqualTo(Arrays.stream(present).max().orElseThrow());
        long inThird = Arrays.stream(present).filter(v -> v >= e[2] && v < e[3]).count();
        assertThat(bins[3]).isEqualTo(inThird);
        CategoryProfile c = (CategoryProfile) p.column("c");
        assertThat(c.missing()).isEqualTo(250);
        assertThat(c.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(9750);
        assertThat(c.counts()).hasSize(7);
        assertThat(c.exact()).isTrue();
    }

    @Test
    void chunkedProfilesMergeIntoTheOnePassProfile() {
        Frame data = data(2, 200_000);
        DataProfile whole = Profiler.profile(data, ProfileOptions.defaults());
        DataProfile merged = Profiler.profileLike(whole, data.take(IntStream.range(0, 70_001).toArray()));
        DataProfile rest = Profiler.profileLike(whole, data.take(IntStream.range(70_001, 200_000).toArray()));
        merged.merge(rest);
        assertThat(merged.rows()).isEqualTo(whole.rows());
        NumericProfile a = (NumericProfile) whole.column("x");
        NumericProfile b = (NumericProfile) merged.column("x");
        assertThat(b.present()).isEqualTo(a.present());
        assertThat(b.missing()).isEqualTo(a.missing());
        assertThat(b.mean()).isCloseTo(a.mean(), within(1e-12));
        assertThat(b.sd()).isCloseTo(a.sd(), within(1e-12));
        assertThat(b.histogram()).isEqualTo(a.histogram());
        assertThat(((CategoryProfile) merged.column("c")).counts())
                .isEqualTo(((CategoryProfile) whole.column("c")).counts());
        double[] sorted = Arrays.stream(data.numeric("x").toArray()).filter(Double::isFinite).sorted().toArray();
        for (double rank : new double[] {0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99}) {
            double q = b.sketch().getQuantile(rank, QuantileSearchCriteria.INCLUSIVE);
            double trueRank = (double) upperBound(sorted, q) / sorted.length;
            // KLL with k = 1000: normalised rank error about 0.3% (99% confidence); 1% leaves room
            assertThat(trueRank).as("rank of the %s quantile", rank).isCloseTo(rank, within(0.01));
        }
    }

    @Test
    void sketchedCategoriesMergeWithinTheSketchError() {
        SplittableRandom rng = new SplittableRandom(6);
        int n = 100_000;
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            labels[i] = rng.nextDouble() < 0.6 ? "top" + rng.nextInt(5) : "tail" + rng.nextInt(20_000);
        }
        Frame data = Frame.of(CategoricalColumn.of("c", labels));
        ProfileOptions options = new ProfileOptions(1000, 50, 100, 256);
        CategoryProfile whole = (CategoryProfile) Profiler.profile(data, options).column("c");
        DataProfile first = Profiler.profile(data.head(30_000), options);
        first.merge(Profiler.profileLike(first, data.tail(70_000)));
        CategoryProfile merged = (CategoryProfile) first.column("c");
        assertThat(whole.exact()).isFalse();
        assertThat(merged.present()).isEqualTo(n);
        java.util.Map<String, Long> truth = new java.util.HashMap<>();
        for (String l : labels) {
            truth.merge(l, 1L, Long::sum);
        }
        // a map of 256 guarantees an error of at most 3.5 n / 256 per label, about 1367 here
        double bound = 3.5 * n / 256;
        for (CategoryProfile p : java.util.List.of(whole, merged)) {
            assertThat(p.counts().keySet()).contains("top0", "top1", "top2", "top3", "top4");
            for (int k = 0; k < 5; k++) {
                assertThat((double) p.counts().get("top" + k)).isCloseTo(truth.get("top" + k), within(bound));
            }
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        Frame data = data(3, 150_000);
        int before = Parallelism.threads();
        try {
            Parallelism.setThreads(1);
            DataProfile one = Profiler.profile(data, ProfileOptions.defaults());
            Parallelism.setThreads(4);
            DataProfile four = Profiler.profile(data, ProfileOptions.defaults());
            NumericProfile a = (NumericProfile) one.column("x");
            NumericProfile b = (NumericProfile) four.column("x");
            assertThat(b.mean()).isEqualTo(a.mean());
            assertThat(b.sd()).isEqualTo(a.sd());
            assertThat(b.histogram()).isEqualTo(a.histogram());
        } finally {
            Parallelism.setThreads(before);
        }
    }

    @Test
    void profilesOfOtherBinsOrColumnsDoNotMerge() {
        DataProfile a = Profiler.profile(data(4, 1000), ProfileOptions.defaults());
        DataProfile b = Profiler.profile(data(5, 1000), ProfileOptions.defaults());
        assertThatThrownBy(() -> a.merge(b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same histogram edges");
        DataProfile c = Profiler.profile(data(5, 1000).drop("c"), ProfileOptions.defaults());
        assertThatThrownBy(() -> a.merge(c)).hasMessageContaining("different columns");
        assertThatThrownBy(() -> Profiler.profileLike(a, data(6, 10).drop("x")))
                .hasMessageContaining("no numeric column 'x'");
        assertThatThrownBy(() -> new ProfileOptions(4, 50, 10, 64)).hasMessageContaining("sketchK must be in 8..65535, got 4");
        assertThatThrownBy(() -> new ProfileOptions(1000, 50, 10, 100)).hasMessageContaining("power of 2");
    }

    private static int upperBound(double[] sorted, double v) {
        int i = Arrays.binarySearch(sorted, v);
        if (i < 0) {
            return -i - 1;
        }
        while (i < sorted.length && sorted[i] == v) {
            i++;
        }
        return i;
    }
}
