package dev.lathe.stats.test;

import dev.lathe.parallel.Chunks;
import java.util.SplittableRandom;
import java.util.function.ToDoubleBiFunction;

/**
 * A two-sample permutation test for any statistic: under the null hypothesis that both samples come from one
 * distribution, every split of the pooled values into groups of the original sizes is equally likely. When
 * there are at most {@code resamples} splits they are all enumerated (an exact test); otherwise
 * {@code resamples} random splits are drawn and the observed split counted once more, so the p-value is
 * never 0. P-values as scipy's {@code permutation_test} ({@code permutation_type="independent"}): a replicate
 * counts as at least as extreme when within 1e-14 relative of the observed statistic, and the two-sided
 * p-value is twice the smaller tail, capped at 1. Random splits are seeded per resample and computed in fixed
 * chunks, so the result does not depend on the number of threads.
 *
 * @param resamples the most splits to enumerate, and the number drawn when there are more (default 9999)
 * @param seed      seed of the random splits (default 0)
 */
public record PermutationTest(int resamples, long seed) {

    private static final int CHUNK = 256;
    private static final double RELATIVE_TOLERANCE = 1e-14;

    /** Checks the number of resamples. */
    public PermutationTest {
        if (resamples < 100) {
            throw new IllegalArgumentException("a permutation test needs at least 100 resamples, got " + resamples);
        }
    }

    /** 9999 resamples, seed 0. */
    public static PermutationTest defaults() {
        return new PermutationTest(9999, 0);
    }

    /**
     * Tests whether {@code statistic(x, y)} is more extreme than under random splits.
     *
     * @param name        the statistic's name, e.g. {@code "difference in means"}
     * @param x           the first sample, at least one finite value
     * @param y           the second sample, at least one finite value
     * @param statistic   a function of two samples (large values point to {@link Alternative#GREATER}); must not
     *                    keep or change its arguments
     * @param alternative the direction of the alternative
     * @throws IllegalArgumentException for an empty sample or a non-finite value or statistic
     */
    public InferenceResult test(String name, double[] x, double[] y, ToDoubleBiFunction<double[], double[]> statistic,
                                Alternative alternative) {
        check("first", x);
        check("second", y);
        int n = x.length;
        int total = n + y.length;
        double[] pooled = new double[total];
        System.arraycopy(x, 0, pooled, 0, n);
        System.arraycopy(y, 0, pooled, n, y.length);
        double observed = statistic.applyAsDouble(x.clone(), y.clone());
        if (!Double.isFinite(observed)) {
            throw new IllegalArgumentException("permutation test: the statistic is " + observed + " on the data, expected a finite value");
        }
        double splits = binomial(total, n);
        boolean exact = splits <= resamples;
        double[] replicates = exact ? enumerate(pooled, n, (int) splits, statistic) : draw(pooled, n, statistic);
        double gamma = Math.abs(RELATIVE_TOLERANCE * observed);
        long atLeast = 0;
        long atMost = 0;
        for (double r : replicates) {
            atLeast += r >= observed - gamma ? 1 : 0;
            atMost += r <= observed + gamma ? 1 : 0;
        }
        int adjustment = exact ? 0 : 1;
        double count = replicates.length + adjustment;
        double p = alternative.pValue((atMost + adjustment) / count, (atLeast + adjustment) / count);
        return InferenceResult.builder("permutation test", "T", observed, p)
                .alternative(alternative)
                .nullHypothesis("both samples come from the same distribution")
                .estimate(NamedInterval.point(name, observed))
                .extra("permutations", (double) replicates.length)
                .extra("exact", exact)
                .build();
    }

    /** The statistic on every split, first group chosen by combinations in lexicographic order. */
    private static double[] enumerate(double[] pooled, int n, int count, ToDoubleBiFunction<double[], double[]> statistic) {
        int total = pooled.length;
        double[] out = new double[count];
        int[] chosen = new int[n];
        for (int i = 0; i < n; i++) {
            chosen[i] = i;
        }
        double[] x = new double[n];
        double[] y = new double[total - n];
        for (int s = 0; s < count; s++) {
            split(pooled, chosen, x, y);
            out[s] = statistic.applyAsDouble(x, y);
            int i = n - 1;
            while (i >= 0 && chosen[i] == total - n + i) {
                i--;
            }
            if (i < 0) {
                break;
            }
            chosen[i]++;
            for (int j = i + 1; j < n; j++) {
                chosen[j] = chosen[j - 1] + 1;
            }
        }
        return out;
    }

    private double[] draw(double[] pooled, int n, ToDoubleBiFunction<double[], double[]> statistic) {
        int total = pooled.length;
        SplittableRandom root = new SplittableRandom(seed);
        long[] seeds = new long[resamples];
        for (int b = 0; b < resamples; b++) {
            seeds[b] = root.nextLong();
        }
        double[] out = new double[resamples];
        Chunks.run((resamples + CHUNK - 1) / CHUNK, c -> {
            double[] shuffled = new double[total];
            double[] x = new double[n];
            double[] y = new double[total - n];
            for (int b = c * CHUNK; b < Math.min(resamples, (c + 1) * CHUNK); b++) {
                System.arraycopy(pooled, 0, shuffled, 0, total);
                SplittableRandom random = new SplittableRandom(seeds[b]);
                for (int i = total - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    double t = shuffled[i];
                    shuffled[i] = shuffled[j];
                    shuffled[j] = t;
                }
                System.arraycopy(shuffled, 0, x, 0, n);
                System.arraycopy(shuffled, n, y, 0, total - n);
                out[b] = statistic.applyAsDouble(x, y);
            }
        });
        return out;
    }

    private static void split(double[] pooled, int[] chosen, double[] x, double[] y) {
        int next = 0;
        int xi = 0;
        int yi = 0;
        for (int i = 0; i < pooled.length; i++) {
            if (next < chosen.length && chosen[next] == i) {
                x[xi++] = pooled[i];
                next++;
            } else {
                y[yi++] = pooled[i];
            }
        }
    }

    /** n choose k as a double (exact below 2^53; only compared with the resample count). */
    private static double binomial(int n, int k) {
        double c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return Math.rint(c);
    }

    private static void check(String which, double[] sample) {
        if (sample.length == 0) {
            throw new IllegalArgumentException("permutation test: the " + which + " sample is empty");
        }
        for (int i = 0; i < sample.length; i++) {
            if (!Double.isFinite(sample[i])) {
                throw new IllegalArgumentException("permutation test: " + which + " sample value " + (i + 1) + " is "
                        + sample[i] + ", expected a finite number");
            }
        }
    }
}
