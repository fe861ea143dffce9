package dev.lathe.eval;

import dev.lathe.math.Quantiles;
import dev.lathe.parallel.Chunks;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap confidence intervals of statistics computed on rows (Efron and Tibshirani 1993, ch. 13):
 * {@code resamples} times, as many rows as there are are drawn with replacement and every statistic is computed
 * on the drawn rows; each interval runs from the (1 - level) / 2 to the (1 + level) / 2 quantile of that
 * statistic's values (linear interpolation, NumPy's default). Resample b draws from its own generator, the b-th
 * split of one {@link SplittableRandom} seeded with {@code seed}, made before any work starts; resamples run in
 * fixed chunks through {@link Chunks}, so the intervals do not depend on the number of threads.
 *
 * @param resamples number of resamples, at least 1 (default {@value #DEFAULT_RESAMPLES})
 * @param level     confidence level in (0, 1) (default 0.95)
 * @param seed      seed of the draws (default 0)
 */
public record Bootstrap(int resamples, double level, long seed) {

    /** Default number of resamples. */
    public static final int DEFAULT_RESAMPLES = 1000;
    /** Default confidence level. */
    public static final double DEFAULT_LEVEL = 0.95;
    /** Resamples per chunk of parallel work. */
    private static final int CHUNK = 16;

    /** Validates the configuration. */
    public Bootstrap {
        if (resamples < 1) {
            throw new IllegalArgumentException("a bootstrap needs at least 1 resample, got " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("a confidence level is in (0, 1), got " + level);
        }
    }

    /** {@value #DEFAULT_RESAMPLES} resamples, level 0.95, the given seed. */
    public static Bootstrap seeded(long seed) {
        return new Bootstrap(DEFAULT_RESAMPLES, DEFAULT_LEVEL, seed);
    }

    /** Statistics computed together on one set of drawn rows. */
    @FunctionalInterface
    public interface Statistics {

        /**
         * The value of every statistic on {@code rows}.
         *
         * @param rows indices of the drawn rows, a row repeated as often as it was drawn
         * @return one value per statistic, always as many; NaN where a statistic is not defined on these rows
         */
        double[] compute(int[] rows);
    }

    /**
     * One interval per statistic.
     *
     * @param rows       number of rows to draw from, at least 1
     * @param count      number of statistics {@code statistics} computes
     * @param statistics the statistics; called from several threads at once, so it must not share mutable state
     */
    public List<Interval> intervals(int rows, int count, Statistics statistics) {
        if (rows < 1) {
            throw new IllegalArgumentException("a bootstrap needs at least 1 row");
        }
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] streams = new SplittableRandom[resamples];
        for (int b = 0; b < resamples; b++) {
            streams[b] = root.split();
        }
        double[][] values = new double[resamples][];
        Chunks.run((resamples + CHUNK - 1) / CHUNK, c -> {
            for (int b = c * CHUNK; b < Math.min(resamples, (c + 1) * CHUNK); b++) {
                int[] drawn = new int[rows];
                for (int i = 0; i < rows; i++) {
                    drawn[i] = streams[b].nextInt(rows);
                }
                double[] v = statistics.compute(drawn);
                if (v.length != count) {
                    throw new IllegalStateException("statistics gave " + v.length + " values, expected " + count);
                }
                values[b] = v;
            }
        });
        double tail = (1 - level) / 2;
        List<Interval> out = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            double[] column = new double[resamples];
            for (int b = 0; b < resamples; b++) {
                column[b] = values[b][s];
            }
            double[] sorted = Quantiles.sortedWithoutNaN(column);
            out.add(new Interval(Quantiles.ofSorted(sorted, sorted.length, tail),
                    Quantiles.ofSorted(sorted, sorted.length, 1 - tail), sorted.length));
        }
        return out;
    }
}
