package dev.lathe.model.cluster;

import dev.lathe.model.RowMatrix;
import dev.lathe.parallel.Chunks;
import java.util.SplittableRandom;

/** First centres for k-means: k-means++ or k distinct random rows, from a seeded generator. */
final class Seeding {

    private Seeding() {
    }

    static double[] centres(RowMatrix x, int k, Init init, SplittableRandom random) {
        return init == Init.RANDOM ? randomRows(x, k, random) : plusPlus(x, k, random);
    }

    private static double[] randomRows(RowMatrix x, int k, SplittableRandom random) {
        int n = x.rows();
        int[] pick = new int[k];
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int c = 0; c < k; c++) {
            int r;
            do {
                r = random.nextInt(n);
            } while (!seen.add(r));
            pick[c] = r;
        }
        return rows(x, pick);
    }

    /**
     * Greedy k-means++ as scikit-learn's: the first centre a uniform row; each next one the best (lowest total
     * squared distance) of {@code 2 + floor(ln k)} rows drawn with probability proportional to their squared
     * distance to the nearest centre so far.
     */
    static double[] plusPlus(RowMatrix x, int k, SplittableRandom random) {
        int n = x.rows();
        int d = x.cols();
        int trials = 2 + (int) Math.log(k);
        int[] pick = new int[k];
        pick[0] = random.nextInt(n);
        double[] closest = distancesTo(x, pick[0]);
        double pot = sum(closest);
        double[] cumulative = new double[n];
        double[][] lowered = new double[trials][n];
        for (int c = 1; c < k; c++) {
            double run = 0;
            for (int i = 0; i < n; i++) {
                run += closest[i];
                cumulative[i] = run;
            }
            int[] candidates = new int[trials];
            for (int t = 0; t < trials; t++) {
                double r = random.nextDouble() * pot;
                int at = java.util.Arrays.binarySearch(cumulative, r);
                at = at >= 0 ? at : -at - 1;
                candidates[t] = Math.min(at, n - 1);
            }
            double[] candidatePot = potentials(x, candidates, closest, lowered);
            int best = 0;
            for (int t = 1; t < trials; t++) {
                if (candidatePot[t] < candidatePot[best]) {
                    best = t;
                }
            }
            pick[c] = candidates[best];
            double[] chosen = lowered[best];
            lowered[best] = closest;
            closest = chosen;
            pot = sum(closest);
        }
        return rows(x, pick);
    }

    /**
     * Total of min(closest, distance to candidate) over the rows, per candidate (chunks summed in order); the
     * minima themselves go to {@code lowered[candidate]}, so the chosen candidate's need not be computed again.
     */
    private static double[] potentials(RowMatrix x, int[] candidates, double[] closest, double[][] lowered) {
        int chunks = RowChunks.count(x.rows());
        double[][] part = new double[chunks][candidates.length];
        double[] points = rows(x, candidates);
        Chunks.run(chunks, c -> {
            for (int i = RowChunks.start(c), end = RowChunks.end(c, x.rows()); i < end; i++) {
                for (int t = 0; t < candidates.length; t++) {
                    double m = Math.min(closest[i], x.squaredDistance(i, points, t * x.cols(), closest[i]));
                    lowered[t][i] = m;
                    part[c][t] += m;
                }
            }
        });
        double[] out = new double[candidates.length];
        for (double[] p : part) {
            for (int t = 0; t < out.length; t++) {
                out[t] += p[t];
            }
        }
        return out;
    }

    private static double[] distancesTo(RowMatrix x, int row) {
        double[] point = rows(x, new int[] {row});
        double[] out = new double[x.rows()];
        Chunks.run(RowChunks.count(x.rows()), c -> {
            for (int i = RowChunks.start(c), end = RowChunks.end(c, x.rows()); i < end; i++) {
                out[i] = x.squaredDistance(i, point, 0);
            }
        });
        return out;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double t : v) {
            s += t;
        }
        return s;
    }

    static double[] rows(RowMatrix x, int[] rows) {
        int d = x.cols();
        double[] out = new double[rows.length * d];
        for (int t = 0; t < rows.length; t++) {
            System.arraycopy(x.values(), rows[t] * d, out, t * d, d);
        }
        return out;
    }
}
