package dev.lathe.model.cluster;

import dev.lathe.model.RowMatrix;
import dev.lathe.parallel.Chunks;

/**
 * Elkan's k-means (Elkan 2003): the same assignments and stopping rule as {@link Lloyd}, with an upper bound on
 * each row's distance to its centre and lower bounds to every other centre, so that the triangle inequality
 * skips most distance computations. Bounds are on Euclidean (not squared) distances.
 */
final class Elkan {

    private Elkan() {
    }

    static Run run(RowMatrix x, double[] start, int k, int maxIter, double tol) {
        int n = x.rows();
        int d = x.cols();
        double[] centres = start.clone();
        int[] labels = new int[n];
        double[] upper = new double[n];
        double[] lower = new double[n * k];
        double[] dist = new double[n];
        double[] startHalf = halfDistances(centres, k, d);
        Chunks.run(RowChunks.count(n), c -> {
            for (int i = RowChunks.start(c), end = RowChunks.end(c, n); i < end; i++) {
                initialBounds(x, i, centres, k, startHalf, labels, upper, lower);
            }
        });
        StoppingRule stopping = new StoppingRule(n, tol);
        int iter = 0;
        double[] current = centres;
        while (iter < maxIter) {
            double[] half = halfDistances(current, k, d);
            double[] nextGap = new double[k];
            for (int a = 0; a < k; a++) {
                double m = Double.POSITIVE_INFINITY;
                for (int b = 0; b < k; b++) {
                    if (b != a) {
                        m = Math.min(m, half[a * k + b]);
                    }
                }
                nextGap[a] = m;
            }
            double[] cs = current;
            Chunks.run(RowChunks.count(n), c -> {
                for (int i = RowChunks.start(c), end = RowChunks.end(c, n); i < end; i++) {
                    tighten(x, i, cs, k, labels, upper, lower, half, nextGap);
                    dist[i] = upper[i] * upper[i];
                }
            });
            double[] next = Centres.means(x, labels, k, dist);
            double[] move = new double[k];
            for (int l = 0; l < k; l++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double t = next[l * d + j] - current[l * d + j];
                    s += t * t;
                }
                move[l] = Math.sqrt(s);
            }
            Chunks.run(RowChunks.count(n), c -> {
                for (int i = RowChunks.start(c), end = RowChunks.end(c, n); i < end; i++) {
                    upper[i] += move[labels[i]];
                    for (int l = 0; l < k; l++) {
                        lower[i * k + l] = Math.max(0, lower[i * k + l] - move[l]);
                    }
                }
            });
            double shift = Centres.shift(next, current);
            current = next;
            iter++;
            if (stopping.stop(labels, shift)) {
                break;
            }
        }
        if (stopping.needsFinalAssignment()) {
            Centres.assign(x, current, k, labels, dist);
        }
        return new Run(labels, current, Centres.inertia(x, current, labels), iter);
    }

    /**
     * Row {@code i}'s nearest centre (ties to the lower number) and its bounds. A centre l at least twice the
     * current best distance away from the current best b ({@code best <= half[b][l]}) cannot be nearer, so its
     * distance is not computed; its lower bound is {@code 2 half[b][l] - best} (triangle inequality), as in
     * scikit-learn's {@code init_bounds}, which leaves it 0.
     */
    private static void initialBounds(RowMatrix x, int i, double[] centres, int k, double[] half, int[] labels,
                                      double[] upper, double[] lower) {
        int d = x.cols();
        int best = 0;
        double bestDistance = Math.sqrt(x.squaredDistance(i, centres, 0));
        lower[i * k] = bestDistance;
        for (int l = 1; l < k; l++) {
            double h = half[best * k + l];
            if (bestDistance <= h) {
                lower[i * k + l] = 2 * h - bestDistance;
                continue;
            }
            double dl = Math.sqrt(x.squaredDistance(i, centres, l * d));
            lower[i * k + l] = dl;
            if (dl < bestDistance) {
                best = l;
                bestDistance = dl;
            }
        }
        labels[i] = best;
        upper[i] = bestDistance;
    }

    /** Half the distance between every pair of centres, {@code k x k}. */
    private static double[] halfDistances(double[] centres, int k, int d) {
        double[] half = new double[k * k];
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double t = centres[a * d + j] - centres[b * d + j];
                    s += t * t;
                }
                half[a * k + b] = half[b * k + a] = 0.5 * Math.sqrt(s);
            }
        }
        return half;
    }

    /** Re-examines row {@code i}'s assignment, computing only the distances the bounds cannot rule out. */
    private static void tighten(RowMatrix x, int i, double[] centres, int k, int[] labels, double[] upper,
                                double[] lower, double[] half, double[] nextGap) {
        int a = labels[i];
        if (upper[i] <= nextGap[a]) {
            return;
        }
        boolean stale = true;
        int d = x.cols();
        for (int l = 0; l < k; l++) {
            if (l == a || upper[i] <= lower[i * k + l] || upper[i] <= half[a * k + l]) {
                continue;
            }
            if (stale) {
                upper[i] = Math.sqrt(x.squaredDistance(i, centres, a * d));
                lower[i * k + a] = upper[i];
                stale = false;
                if (upper[i] <= lower[i * k + l] || upper[i] <= half[a * k + l]) {
                    continue;
                }
            }
            double dl = Math.sqrt(x.squaredDistance(i, centres, l * d));
            lower[i * k + l] = dl;
            if (dl < upper[i] || (dl == upper[i] && l < a)) {
                a = l;
                upper[i] = dl;
            }
        }
        labels[i] = a;
    }
}
