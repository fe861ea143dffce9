package dev.lathe.prep.feature;

import dev.lathe.math.Quantiles;
import java.util.Arrays;

/**
 * Bin edges learned from one column's sorted values, as scikit-learn's KBinsDiscretizer learns them: the
 * first edge is the minimum, the last the maximum. A constant column gets one bin, edges [-inf, inf].
 * For quantile and k-means bins, edges closer than 1e-8 to the previous one are dropped (fewer bins).
 */
final class BinEdges {

    private static final double MIN_WIDTH = 1e-8;

    private BinEdges() {
    }

    /** The edges of {@code nBins} bins of {@code strategy} for ascending, NaN-free, non-empty {@code sorted}. */
    static double[] learn(double[] sorted, int nBins, KBinsDiscretizer.Strategy strategy) {
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        if (min == max) {
            return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        }
        return switch (strategy) {
            case UNIFORM -> Linspace.of(min, max, nBins + 1);
            case QUANTILE -> dropNarrow(quantile(sorted, nBins));
            case KMEANS -> dropNarrow(kmeans(sorted, min, max, nBins));
        };
    }

    private static double[] quantile(double[] sorted, int nBins) {
        double[] percents = Linspace.of(0, 100, nBins + 1);
        double[] edges = new double[nBins + 1];
        for (int b = 0; b <= nBins; b++) {
            edges[b] = Quantiles.ofSorted(sorted, sorted.length, percents[b] / 100);
        }
        return edges;
    }

    /**
     * Midpoints of the sorted k-means centres, started from the centres of the uniform bins. With fewer
     * distinct values than bins, each distinct value is its own centre (the best clustering there is).
     */
    private static double[] kmeans(double[] sorted, double min, double max, int nBins) {
        double[] distinct = Arrays.stream(sorted).distinct().toArray();
        double[] centres;
        if (distinct.length < nBins) {
            centres = distinct;
        } else {
            double[] uniform = Linspace.of(min, max, nBins + 1);
            double[] init = new double[nBins];
            for (int b = 0; b < nBins; b++) {
                init[b] = (uniform[b + 1] + uniform[b]) * 0.5;
            }
            centres = KMeans1D.centres(sorted, init);
            Arrays.sort(centres);
        }
        double[] edges = new double[centres.length + 1];
        edges[0] = min;
        for (int b = 1; b < centres.length; b++) {
            edges[b] = (centres[b] + centres[b - 1]) * 0.5;
        }
        edges[centres.length] = max;
        return edges;
    }

    private static double[] dropNarrow(double[] edges) {
        double[] kept = new double[edges.length];
        int n = 0;
        for (int b = 0; b < edges.length; b++) {
            if (b == 0 || edges[b] - edges[b - 1] > MIN_WIDTH) {
                kept[n++] = edges[b];
            }
        }
        return Arrays.copyOf(kept, n);
    }
}
