package dev.lathe.stats.test;

import dev.lathe.math.Quantiles;
import dev.lathe.parallel.Chunks;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Bootstrap confidence intervals for any statistic of one sample: the sample is resampled with replacement
 * {@code resamples} times and the statistic recomputed on each (Efron and Tibshirani 1993). Two intervals:
 * the percentile interval (quantiles of the replicates) and BCa, bias-corrected and accelerated (the
 * quantiles shifted by the replicates' median bias z0 and by the jackknife acceleration a), which is
 * second-order accurate. Formulas as scipy's {@code bootstrap}; the tests replay scipy's own resamples.
 * Resample b draws from a generator seeded by the b-th value of one generator seeded with {@code seed}, and
 * resamples are computed in fixed chunks, so the result does not depend on the number of threads.
 *
 * @param resamples  number of bootstrap resamples, at least 100 (default 9999, as scipy)
 * @param confidence confidence level in (0, 1) (default 0.95)
 * @param seed       seed of the resampling (default 0)
 */
public record Bootstrap(int resamples, double confidence, long seed) {

    private static final int CHUNK = 256;

    /** The two intervals. */
    public enum Method {
        /** Quantiles alpha/2 and 1 - alpha/2 of the replicates. */
        PERCENTILE,
        /** Bias-corrected and accelerated percentiles. */
        BCA;

        /**
         * Reads {@code percentile} or {@code bca}.
         *
         * @throws IllegalArgumentException naming the value and the accepted ones
         */
        public static Method parse(String text) {
            return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "percentile" -> PERCENTILE;
                case "bca" -> BCA;
                default -> throw new IllegalArgumentException("unknown bootstrap interval '" + text
                        + "': expected percentile or bca");
            };
        }
    }

    /** Checks the ranges. */
    public Bootstrap {
        if (resamples < 100) {
            throw new IllegalArgumentException("bootstrap needs at least 100 resamples, got " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("bootstrap confidence must be in (0, 1), got " + confidence);
        }
    }

    /** 9999 resamples, 95% confidence, seed 0. */
    public static Bootstrap defaults() {
        return new Bootstrap(9999, 0.95, 0);
    }

    /**
     * The statistic on {@code resamples} seeded resamples of {@code data}.
     *
     * @param data      the sample, at least two values; not changed
     * @param statistic a function of a sample; must not keep or change its argument
     */
    public double[] replicates(double[] data, ToDoubleFunction<double[]> statistic) {
        checkData(data);
        int n = data.length;
        SplittableRandom root = new SplittableRandom(seed);
        long[] seeds = new long[resamples];
        for (int b = 0; b < resamples; b++) {
            seeds[b] = root.nextLong();
        }
        double[] out = new double[resamples];
        Chunks.run((resamples + CHUNK - 1) / CHUNK, c -> {
            double[] sample = new double[n];
            for (int b = c * CHUNK; b < Math.min(resamples, (c + 1) * CHUNK); b++) {
                SplittableRandom random = new SplittableRandom(seeds[b]);
                for (int i = 0; i < n; i++) {
                    sample[i] = data[random.nextInt(n)];
                }
                out[b] = statistic.applyAsDouble(sample);
            }
        });
        return out;
    }

    /**
     * The bootstrap interval of {@code statistic} on {@code data}.
     *
     * @param name      what the statistic is, for the interval's name
     * @param method    percentile or BCa
     * @param data      the sample, at least two finite values
     * @param statistic a function of a sample
     * @throws IllegalArgumentException for fewer than two values, a non-finite value, or a statistic that is
     *                                  NaN on the data or constant over the resamples (BCa is then undefined)
     */
    public NamedInterval interval(String name, Method method, double[] data, ToDoubleFunction<double[]> statistic) {
        return interval(name, method, data, statistic, replicates(data, statistic));
    }

    /**
     * The interval from given replicates (e.g. replayed from another program's resamples); the level is this
     * record's confidence.
     *
     * @param replicates the statistic on each resample; not changed
     */
    public NamedInterval interval(String name, Method method, double[] data, ToDoubleFunction<double[]> statistic,
                             double[] replicates) {
        checkData(data);
        double estimate = statistic.applyAsDouble(data.clone());
        if (!Double.isFinite(estimate)) {
            throw new IllegalArgumentException("bootstrap: the statistic is " + estimate + " on the data, expected a finite value");
        }
        double[] sorted = replicates.clone();
        Arrays.sort(sorted);
        double alpha = (1 - confidence) / 2;
        double low = alpha;
        double high = 1 - alpha;
        if (method == Method.BCA) {
            if (sorted[0] == sorted[sorted.length - 1]) {
                throw new IllegalArgumentException("bootstrap: the statistic is " + sorted[0]
                        + " on every resample, so the BCa interval is undefined");
            }
            NormalDistribution normal = NormalDistribution.of(0, 1);
            double z0 = normal.inverseCumulativeProbability(rankOf(sorted, estimate));
            double a = acceleration(data, statistic);
            low = normal.cumulativeProbability(z0 + shifted(z0, normal.inverseCumulativeProbability(alpha), a));
            high = normal.cumulativeProbability(z0 + shifted(z0, normal.inverseCumulativeProbability(1 - alpha), a));
        }
        return new NamedInterval(name, estimate, Quantiles.ofSorted(sorted, sorted.length, low),
                Quantiles.ofSorted(sorted, sorted.length, high), confidence);
    }

    private static double shifted(double z0, double z, double a) {
        return (z0 + z) / (1 - a * (z0 + z));
    }

    /** The share of replicates below the estimate, ties counting half. */
    private static double rankOf(double[] sorted, double estimate) {
        int below = 0;
        int atOrBelow = 0;
        for (double v : sorted) {
            below += v < estimate ? 1 : 0;
            atOrBelow += v <= estimate ? 1 : 0;
        }
        return (below + atOrBelow) / (2.0 * sorted.length);
    }

    /** The jackknife acceleration: sum U^3 / (6 (sum U^2)^1.5) with U_i = (n - 1)(mean - theta_(i)). */
    private static double acceleration(double[] data, ToDoubleFunction<double[]> statistic) {
        int n = data.length;
        double[] leaveOut = new double[n];
        double[] sample = new double[n - 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(data, 0, sample, 0, i);
            System.arraycopy(data, i + 1, sample, i, n - 1 - i);
            leaveOut[i] = statistic.applyAsDouble(sample);
        }
        double mean = Arrays.stream(leaveOut).sum() / n;
        double squares = 0;
        double cubes = 0;
        for (double t : leaveOut) {
            double u = (n - 1) * (mean - t);
            squares += u * u;
            cubes += u * u * u;
        }
        return squares == 0 ? 0 : cubes / (6 * Math.pow(squares, 1.5));
    }

    private static void checkData(double[] data) {
        if (data.length < 2) {
            throw new IllegalArgumentException("bootstrap needs at least two values, got " + data.length);
        }
        for (int i = 0; i < data.length; i++) {
            if (!Double.isFinite(data[i])) {
                throw new IllegalArgumentException("bootstrap: value " + (i + 1) + " is " + data[i] + ", expected a finite number");
            }
        }
    }
}
