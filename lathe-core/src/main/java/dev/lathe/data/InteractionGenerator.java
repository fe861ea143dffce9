package dev.lathe.data;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.parallel.Parallelism;
import java.util.Random;

/**
 * Synthetic user-item interactions with a known latent structure, so that recommenders can be checked: every
 * user u and item j has a d-dimensional taste vector (standard normal components), their affinity is
 * {@code a = u . v / sqrt(d)}, and item j's popularity is {@code 1 / rank_j^skew} for a random ranking of the
 * items (Zipf). A user's items are drawn with probability roughly proportional to {@code popularity * exp(taste
 * * a)}: a pool of candidates is drawn by popularity (with replacement, duplicates dropped), then the user's
 * items are the pool's top by {@code taste * a + Gumbel noise} (Gumbel top-k, sampling without replacement).
 * Each user has between half and one and a half times {@code perUser} interactions (fewer when the pool of
 * distinct candidates is smaller). A rating
 * {@code round(3 + 1.2 a + N(0, 0.5^2))} clamped to 1..5 goes with each, and a time: users start at a uniform
 * time in [0, 1000) and interact at exponential(1) gaps, in random order of their items. Each user draws from a
 * generator of their own derived from the seed, so the data does not depend on the number of threads.
 */
final class InteractionGenerator {

    private static final int POOL_FACTOR = 10;

    private InteractionGenerator() {
    }

    static Frame generate(int users, int items, int perUser, int factors, double skew, double taste, long seed) {
        Args.atLeast("users", users, 1);
        Args.atLeast("items", items, 2);
        Args.atLeast("per_user", perUser, 1);
        Args.atLeast("factors", factors, 1);
        Args.nonNegative("skew", skew);
        Args.nonNegative("taste", taste);
        if (perUser * 3 / 2 > items) {
            throw new IllegalArgumentException("per_user must be at most two thirds of the items (" + items
                    + "), got " + perUser);
        }
        Random[] streams = Draws.streams(seed, 2);
        double[] itemVectors = normals(streams[0], items * factors);
        double[] cumulative = zipfCumulative(streams[1], items, skew);
        long userRoot = streams[1].nextLong();
        int[][] chosen = new int[users][];
        double[][] ratings = new double[users][];
        double[][] times = new double[users][];
        Parallelism.forEachIndex(users, u -> {
            Random r = new Random(userRoot ^ (0x9E3779B97F4A7C15L * (u + 1)));
            double[] vector = normals(r, factors);
            int n = perUser / 2 + r.nextInt(perUser + 1);
            n = Math.max(1, Math.min(n, items));
            int[] pool = pool(r, cumulative, n * POOL_FACTOR);
            double[] affinity = new double[pool.length];
            double[] key = new double[pool.length];
            for (int c = 0; c < pool.length; c++) {
                double a = 0;
                for (int f = 0; f < factors; f++) {
                    a += vector[f] * itemVectors[pool[c] * factors + f];
                }
                affinity[c] = a / Math.sqrt(factors);
                key[c] = taste * affinity[c] - Math.log(-Math.log(1 - r.nextDouble()));
            }
            int[] top = largest(key, Math.min(n, pool.length));
            for (int m = top.length - 1; m > 0; m--) {
                int o = r.nextInt(m + 1);
                int tmp = top[m];
                top[m] = top[o];
                top[o] = tmp;
            }
            chosen[u] = new int[top.length];
            ratings[u] = new double[top.length];
            times[u] = new double[top.length];
            double t = 1000 * r.nextDouble();
            for (int m = 0; m < top.length; m++) {
                chosen[u][m] = pool[top[m]];
                ratings[u][m] = Math.max(1, Math.min(5, Math.round(3 + 1.2 * affinity[top[m]] + 0.5 * r.nextGaussian())));
                t += -Math.log(1 - r.nextDouble());
                times[u][m] = t;
            }
        });
        return frame(chosen, ratings, times);
    }

    private static double[] normals(Random r, int n) {
        double[] out = new double[n];
        for (int t = 0; t < n; t++) {
            out[t] = r.nextGaussian();
        }
        return out;
    }

    /** Cumulative Zipf popularity over the items in a random rank order. */
    private static double[] zipfCumulative(Random r, int items, double skew) {
        int[] rank = new int[items];
        for (int j = 0; j < items; j++) {
            rank[j] = j;
        }
        for (int j = items - 1; j > 0; j--) {
            int o = r.nextInt(j + 1);
            int tmp = rank[j];
            rank[j] = rank[o];
            rank[o] = tmp;
        }
        double[] cumulative = new double[items];
        double s = 0;
        for (int j = 0; j < items; j++) {
            s += Math.pow(rank[j] + 1, -skew);
            cumulative[j] = s;
        }
        return cumulative;
    }

    /** {@code draws} items drawn by popularity, duplicates dropped, in order of first draw. */
    private static int[] pool(Random r, double[] cumulative, int draws) {
        java.util.LinkedHashSet<Integer> seen = new java.util.LinkedHashSet<>();
        double total = cumulative[cumulative.length - 1];
        for (int d = 0; d < draws; d++) {
            int at = java.util.Arrays.binarySearch(cumulative, r.nextDouble() * total);
            seen.add(Math.min(at >= 0 ? at : -at - 1, cumulative.length - 1));
        }
        return seen.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Positions of the {@code n} largest keys, largest first. */
    private static int[] largest(double[] key, int n) {
        Integer[] order = new Integer[key.length];
        for (int c = 0; c < key.length; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(key[b], key[a]));
        int[] out = new int[n];
        for (int m = 0; m < n; m++) {
            out[m] = order[m];
        }
        return out;
    }

    private static Frame frame(int[][] chosen, double[][] ratings, double[][] times) {
        int total = 0;
        for (int[] c : chosen) {
            total += c.length;
        }
        double[] user = new double[total];
        double[] item = new double[total];
        double[] rating = new double[total];
        double[] time = new double[total];
        int at = 0;
        for (int u = 0; u < chosen.length; u++) {
            for (int m = 0; m < chosen[u].length; m++) {
                user[at] = u;
                item[at] = chosen[u][m];
                rating[at] = ratings[u][m];
                time[at++] = times[u][m];
            }
        }
        return Frame.of(NumericColumn.wrap("user", user), NumericColumn.wrap("item", item),
                NumericColumn.wrap("rating", rating), NumericColumn.wrap("time", time));
    }
}
