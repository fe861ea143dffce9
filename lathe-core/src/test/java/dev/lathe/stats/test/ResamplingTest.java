package dev.lathe.stats.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.parallel.Parallelism;
import dev.lathe.testing.JsonFixtures;
import java.util.Arrays;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Bootstrap intervals replayed on scipy 1.10.1's own resamples ({@code scipy.stats.bootstrap} with
 * RandomState(7): the indices are in the fixture) and exact permutation tests against
 * {@code scipy.stats.permutation_test}; plus seeding, thread independence and coverage checks.
 */
class ResamplingTest {

    private static double mean(double[] a) {
        return Arrays.stream(a).sum() / a.length;
    }

    private static double sd(double[] a) {
        double m = mean(a);
        return Math.sqrt(Arrays.stream(a).map(v -> (v - m) * (v - m)).sum() / (a.length - 1));
    }

    @Test
    void percentileAndBcaIntervalsMatchScipyOnTheSameResamples() {
        JsonNode boot = AnovaFixture.root().get("bootstrap");
        double[] x = JsonFixtures.doubles(boot.get("x"));
        JsonNode indices = boot.get("indices");
        int checked = 0;
        for (String stat : new String[] {"mean", "sd"}) {
            ToDoubleFunction<double[]> f = stat.equals("mean") ? ResamplingTest::mean : ResamplingTest::sd;
            double[] replicates = new double[indices.size()];
            for (int b = 0; b < replicates.length; b++) {
                double[] sample = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    sample[i] = x[indices.get(b).get(i).asInt()];
                }
                replicates[b] = f.applyAsDouble(sample);
            }
            for (Bootstrap.Method method : Bootstrap.Method.values()) {
                for (int level : new int[] {95, 90}) {
                    Bootstrap b = new Bootstrap(replicates.length, level / 100.0, 0);
                    NamedInterval got = b.interval(stat, method, x, f, replicates);
                    JsonNode want = boot.get(stat + "_" + method.name().toLowerCase() + "_" + level);
                    String where = stat + " " + method + " " + level;
                    assertThat(got.low()).as(where).isCloseTo(want.get(0).asDouble(), within(1e-12));
                    assertThat(got.high()).as(where).isCloseTo(want.get(1).asDouble(), within(1e-12));
                    assertThat(got.value()).isCloseTo(f.applyAsDouble(x), within(1e-15));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(8);
    }

    @Test
    void exactPermutationTestMatchesScipy() {
        JsonNode perm = AnovaFixture.root().get("permutation");
        double[] x = JsonFixtures.doubles(perm.get("x"));
        double[] y = JsonFixtures.doubles(perm.get("y"));
        ToDoubleBiFunction<double[], double[]> diff = (a, b) -> mean(a) - mean(b);
        for (Alternative alt : Alternative.values()) {
            InferenceResult r = PermutationTest.defaults().test("difference in means", x, y, diff, alt);
            JsonNode want = perm.get(alt.label());
            assertThat(r.statistic()).isCloseTo(want.get("statistic").asDouble(), within(1e-14));
            assertThat(r.pValue()).as(alt.label()).isCloseTo(want.get("p_value").asDouble(), within(1e-15));
            assertThat(r.extras().get("exact")).isEqualTo(true);
            assertThat(r.extras().get("permutations")).isEqualTo(126.0);
        }
    }

    @Test
    void randomPermutationsAreSeededThreadIndependentAndNearTheExactValue() {
        double[] x = {3.1, 4.7, 2.2, 5.9, 4.4, 3.8, 5.0, 4.1};
        double[] y = {1.8, 2.9, 3.3, 1.1, 2.5, 3.9, 2.0, 2.7};
        ToDoubleBiFunction<double[], double[]> diff = (a, b) -> mean(a) - mean(b);
        double exact = new PermutationTest(20000, 0).test("d", x, y, diff, Alternative.GREATER).pValue();
        int threads = Parallelism.threads();
        double one;
        double[] many = new double[2];
        try {
            Parallelism.setThreads(1);
            one = new PermutationTest(4000, 11).test("d", x, y, diff, Alternative.GREATER).pValue();
            Parallelism.setThreads(4);
            many[0] = new PermutationTest(4000, 11).test("d", x, y, diff, Alternative.GREATER).pValue();
            many[1] = new PermutationTest(4000, 12).test("d", x, y, diff, Alternative.GREATER).pValue();
        } finally {
            Parallelism.setThreads(threads);
        }
        assertThat(many[0]).isEqualTo(one);
        assertThat(many[1]).isNotEqualTo(one);
        // 12870 splits enumerated; 4000 random ones estimate the same tail to within a few standard errors
        double se = Math.sqrt(exact * (1 - exact) / 4000);
        assertThat(one).isCloseTo(exact, within(4 * se + 1.0 / 4000));
        assertThat(exact).isGreaterThan(0).isLessThan(0.01);
    }

    @Test
    void bootstrapIsSeededThreadIndependentAndCoversTheMeanAtAboutItsLevel() {
        double[] x = {2.1, 3.4, 1.9, 5.6, 2.8, 3.3, 4.0, 2.2, 3.9, 6.1, 2.7, 3.0};
        int threads = Parallelism.threads();
        NamedInterval one;
        NamedInterval many;
        try {
            Parallelism.setThreads(1);
            one = new Bootstrap(2000, 0.95, 5).interval("mean", Bootstrap.Method.BCA, x, ResamplingTest::mean);
            Parallelism.setThreads(4);
            many = new Bootstrap(2000, 0.95, 5).interval("mean", Bootstrap.Method.BCA, x, ResamplingTest::mean);
        } finally {
            Parallelism.setThreads(threads);
        }
        assertThat(many).isEqualTo(one);
        // coverage of the true mean of N(10, 2) samples of 30 by the 90% percentile interval: 200 trials
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        int covered = 0;
        for (int t = 0; t < 200; t++) {
            double[] s = new double[30];
            for (int i = 0; i < s.length; i++) {
                s[i] = 10 + 2 * random.nextGaussian();
            }
            NamedInterval ci = new Bootstrap(500, 0.9, t).interval("mean", Bootstrap.Method.PERCENTILE, s, ResamplingTest::mean);
            covered += ci.low() <= 10 && 10 <= ci.high() ? 1 : 0;
        }
        // binomial(200, ~0.88) lies within [160, 192] with probability above 0.999
        assertThat(covered).isBetween(160, 192);
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> Bootstrap.defaults().interval("m", Bootstrap.Method.BCA, new double[] {1}, ResamplingTest::mean))
                .hasMessage("bootstrap needs at least two values, got 1");
        assertThatThrownBy(() -> Bootstrap.defaults().interval("m", Bootstrap.Method.BCA, new double[] {1, 1, 1}, ResamplingTest::mean))
                .hasMessageContaining("is 1.0 on every resample");
        assertThatThrownBy(() -> new Bootstrap(10, 0.95, 0)).hasMessageContaining("at least 100 resamples, got 10");
        assertThatThrownBy(() -> new Bootstrap(1000, 95, 0)).hasMessageContaining("(0, 1), got 95");
        assertThatThrownBy(() -> Bootstrap.Method.parse("basic")).hasMessageContaining("'basic'");
        assertThatThrownBy(() -> PermutationTest.defaults().test("d", new double[0], new double[] {1}, (a, b) -> 0, Alternative.LESS))
                .hasMessage("permutation test: the first sample is empty");
        assertThatThrownBy(() -> PermutationTest.defaults().test("d", new double[] {1}, new double[] {Double.NaN}, (a, b) -> 0, Alternative.LESS))
                .hasMessageContaining("second sample value 1 is NaN");
    }
}
