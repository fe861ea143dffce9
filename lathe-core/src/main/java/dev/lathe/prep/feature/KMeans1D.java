package dev.lathe.prep.feature;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Lloyd's k-means on one variable, run as scikit-learn's {@code KMeans(init=centres, n_init=1)} runs it:
 * the data centred on its mean, at most 300 iterations, stop when no label changes or when the summed
 * squared shift of the centres is at most 1e-4 times the data's variance; a cluster left empty is moved
 * to the point farthest from its own centre (the farthest first, ties by row order).
 */
final class KMeans1D {

    private static final int MAX_ITER = 300;
    private static final double TOL = 1e-4;

    private KMeans1D() {
    }

    /** The final centres, in cluster order (not sorted), starting from {@code init}. */
    static double[] centres(double[] values, double[] init) {
        int n = values.length;
        int k = init.length;
        double mean = Arrays.stream(values).sum() / n;
        double[] x = new double[n];
        double variance = 0;
        for (int i = 0; i < n; i++) {
            x[i] = values[i] - mean;
            variance += x[i] * x[i];
        }
        double tol = variance / n * TOL;
        double[] centres = new double[k];
        for (int c = 0; c < k; c++) {
            centres[c] = init[c] - mean;
        }
        int[] labels = new int[n];
        int[] previous = new int[n];
        Arrays.fill(previous, -1);
        for (int iter = 0; iter < MAX_ITER; iter++) {
            assign(x, centres, labels);
            double[] updated = update(x, centres, labels);
            double shift = 0;
            for (int c = 0; c < k; c++) {
                shift += (updated[c] - centres[c]) * (updated[c] - centres[c]);
            }
            centres = updated;
            if (Arrays.equals(labels, previous) || shift <= tol) {
                break;
            }
            System.arraycopy(labels, 0, previous, 0, n);
        }
        for (int c = 0; c < k; c++) {
            centres[c] += mean;
        }
        return centres;
    }

    /** Each value's nearest centre (the first of equally near ones). */
    private static void assign(double[] x, double[] centres, int[] labels) {
        for (int i = 0; i < x.length; i++) {
            int best = 0;
            double bestDistance = Math.abs(x[i] - centres[0]);
            for (int c = 1; c < centres.length; c++) {
                double d = Math.abs(x[i] - centres[c]);
                if (d < bestDistance) {
                    best = c;
                    bestDistance = d;
                }
            }
            labels[i] = best;
        }
    }

    /** The mean of each cluster, after moving the farthest points into empty clusters (labels are kept). */
    private static double[] update(double[] x, double[] centres, int[] labels) {
        int k = centres.length;
        double[] sums = new double[k];
        int[] counts = new int[k];
        for (int i = 0; i < x.length; i++) {
            sums[labels[i]] += x[i];
            counts[labels[i]]++;
        }
        int[] empty = IntStream.range(0, k).filter(c -> counts[c] == 0).toArray();
        if (empty.length > 0) {
            Integer[] farthest = IntStream.range(0, x.length).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> -Math.abs(x[i] - centres[labels[i]])))
                    .limit(empty.length).toArray(Integer[]::new);
            for (int e = 0; e < empty.length; e++) {
                int i = farthest[e];
                sums[labels[i]] -= x[i];
                counts[labels[i]]--;
                sums[empty[e]] = x[i];
                counts[empty[e]] = 1;
            }
        }
        double[] out = new double[k];
        for (int c = 0; c < k; c++) {
            // a cluster whose only point moved away keeps its zeroed sum: the data mean, as scikit-learn leaves it
            out[c] = counts[c] > 0 ? sums[c] / counts[c] : sums[c];
        }
        return out;
    }
}
