package dev.lathe.explain;

import dev.lathe.frame.Frame;
import dev.lathe.math.Shuffle;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The background data set that model-agnostic SHAP (and interventional TreeSHAP) average over: a feature
 * "absent" from a coalition takes its values from the background rows, weighed by {@code weights}. A few
 * dozen to a few hundred rows summarise a training set well; {@link #sample} draws them and {@link #kmeans}
 * picks one representative row per cluster, weighed by the cluster's size.
 *
 * @param rows    background rows, at least one, with the columns of the rows to explain
 * @param weights one non-negative weight per row, normalised here to sum to 1
 */
public record Background(Frame rows, double[] weights) {

    public Background {
        if (rows == null || rows.rowCount() == 0) {
            throw new IllegalArgumentException("no background data: Kernel SHAP, permutation SHAP and interventional "
                    + "TreeSHAP need background rows (for example a sample of the training data)");
        }
        if (weights.length != rows.rowCount()) {
            throw new IllegalArgumentException(weights.length + " background weights for " + rows.rowCount() + " rows");
        }
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("background weight " + (i + 1) + " is " + weights[i]
                        + "; weights must be finite and non-negative");
            }
            sum += weights[i];
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("background weights sum to 0");
        }
        double[] w = new double[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights[i] / sum;
        }
        weights = w;
    }

    /** Every row of {@code rows}, equally weighted. */
    public static Background of(Frame rows) {
        double[] w = new double[rows == null ? 0 : rows.rowCount()];
        Arrays.fill(w, 1);
        return new Background(rows, w);
    }

    /**
     * At most {@code n} rows of {@code data} drawn without replacement (all of them when it has no more),
     * equally weighted.
     *
     * @param n    rows to keep, at least 1 (100 is a common choice)
     * @param seed the seed of the draw
     */
    public static Background sample(Frame data, int n, long seed) {
        checkCount("n", n);
        if (data == null || data.rowCount() <= n) {
            return of(data);
        }
        int[] rows = new int[data.rowCount()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        Shuffle.inPlace(rows, new SplittableRandom(seed));
        int[] kept = Arrays.copyOf(rows, n);
        Arrays.sort(kept);
        return of(data.take(kept));
    }

    /**
     * {@code k} rows of {@code data}, each the row nearest the centre of one of {@code k} k-means clusters and
     * weighed by the cluster's size (all rows when there are no more than {@code k}). Distances are taken on
     * standardised numeric and boolean columns and 0/1 indicators of categorical levels; other columns are
     * carried along but do not count.
     *
     * @param k    clusters, at least 1 (10 to 50 is common)
     * @param seed the seed of the k-means++ start
     */
    public static Background kmeans(Frame data, int k, long seed) {
        checkCount("k", k);
        if (data == null || data.rowCount() <= k) {
            return of(data);
        }
        KMeansSummary summary = KMeansSummary.of(data, k, seed);
        return new Background(data.take(summary.representatives()), summary.weights());
    }

    private static void checkCount(String name, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("background " + name + " must be at least 1, got " + n);
        }
    }

    /** Number of background rows. */
    public int size() {
        return rows.rowCount();
    }
}
