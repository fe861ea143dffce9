package dev.lathe.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.parallel.Parallelism;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static double[] normal(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            // Box-Muller: mean 10, sd 2
            v[i] = 10 + 2 * Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
        }
        return v;
    }

    private static double mean(double[] v, int[] rows) {
        double s = 0;
        for (int i : rows) {
            s += v[i];
        }
        return s / rows.length;
    }

    @Test
    void theIntervalOfAMeanMatchesTheNormalTheoryInterval() {
        double[] v = normal(400, 1);
        Interval ci = new Bootstrap(4000, 0.95, 7).intervals(v.length, 1, rows -> new double[] {mean(v, rows)})
                .get(0);
        double m = 0;
        double ss = 0;
        for (double x : v) {
            m += x / v.length;
        }
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        double se = Math.sqrt(ss / (v.length - 1) / v.length);
        // the percentile interval of a mean is close to mean +- 1.96 se (Efron and Tibshirani 1993, 13.3)
        assertThat(ci.lower()).isCloseTo(m - 1.96 * se, within(0.15 * se));
        assertThat(ci.upper()).isCloseTo(m + 1.96 * se, within(0.15 * se));
        assertThat(ci.defined()).isEqualTo(4000);
        assertThat(ci.contains(m)).isTrue();
    }

    @Test
    void theSameSeedGivesTheSameIntervalsWhateverTheThreadCount() {
        double[] v = normal(200, 2);
        Bootstrap.Statistics stats = rows -> new double[] {mean(v, rows), v[rows[0]]};
        int before = Parallelism.threads();
        try {
            Parallelism.setThreads(1);
            List<Interval> one = Bootstrap.seeded(3).intervals(v.length, 2, stats);
            Parallelism.setThreads(4);
            List<Interval> four = Bootstrap.seeded(3).intervals(v.length, 2, stats);
            assertThat(four).isEqualTo(one);
            assertThat(Bootstrap.seeded(4).intervals(v.length, 2, stats)).isNotEqualTo(one);
        } finally {
            Parallelism.setThreads(before);
        }
    }

    @Test
    void undefinedResamplesAreLeftOutAndCounted() {
        double[] v = normal(50, 3);
        Interval ci = new Bootstrap(200, 0.9, 1).intervals(v.length, 1,
                rows -> new double[] {rows[0] % 2 == 0 ? Double.NaN : mean(v, rows)}).get(0);
        assertThat(ci.defined()).isBetween(60, 140);
        Interval never = new Bootstrap(10, 0.9, 1).intervals(3, 1, rows -> new double[] {Double.NaN}).get(0);
        assertThat(never.defined()).isZero();
        assertThat(never.lower()).isNaN();
    }

    @Test
    void badConfigurationIsRefused() {
        assertThatThrownBy(() -> new Bootstrap(0, 0.95, 0)).hasMessage("a bootstrap needs at least 1 resample, got 0");
        assertThatThrownBy(() -> new Bootstrap(10, 1, 0)).hasMessage("a confidence level is in (0, 1), got 1.0");
        assertThatThrownBy(() -> Bootstrap.seeded(0).intervals(0, 1, rows -> new double[1]))
                .hasMessage("a bootstrap needs at least 1 row");
    }
}
