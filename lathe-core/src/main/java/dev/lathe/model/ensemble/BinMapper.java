package dev.lathe.model.ensemble;

import dev.lathe.math.Shuffle;
import dev.lathe.parallel.Parallelism;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Maps each feature's values to at most {@code maxBins} ordered bins (one byte per cell), as the histogram
 * learners of LightGBM and scikit-learn do: bin b holds the values in (edges[b-1], edges[b]], the last bin
 * everything above the last edge, and missing values go to their own bin {@link #MISSING}. Edges are the
 * midpoints between distinct values when there are few, else midpoint quantiles of at most
 * {@value #SAMPLE} rows drawn with the seed.
 */
final class BinMapper {

    /** The bin of missing values; histograms have {@link #BINS} slots per feature. */
    static final int MISSING = 255;

    /** Histogram slots per feature: 255 value bins and the missing bin. */
    static final int BINS = 256;

    /** Rows used to place the edges of a feature. */
    static final int SAMPLE = 200_000;

    private final double[][] edges;

    private BinMapper(double[][] edges) {
        this.edges = edges;
    }

    /**
     * Edges for every column of column-major {@code x} from its rows {@code train} (ascending);
     * {@code maxBins} in [2, 255].
     */
    static BinMapper fit(double[][] x, int[] train, int maxBins, long seed) {
        int[] rows = train;
        if (rows.length > SAMPLE) {
            rows = train.clone();
            Shuffle.inPlace(rows, new SplittableRandom(seed));
            rows = Arrays.copyOf(rows, SAMPLE);
            Arrays.sort(rows);
        }
        int[] sample = rows;
        double[][] edges = new double[x.length][];
        Parallelism.forEachIndex(x.length, j -> edges[j] = edges(x[j], sample, maxBins));
        return new BinMapper(edges);
    }

    private static double[] edges(double[] column, int[] rows, int maxBins) {
        int m = rows.length;
        double[] v = new double[m];
        int k = 0;
        for (int i = 0; i < m; i++) {
            double value = column[rows[i]];
            if (!Double.isNaN(value)) {
                v[k++] = value;
            }
        }
        Arrays.sort(v, 0, k);
        int distinct = 0;
        for (int i = 0; i < k; i++) {
            if (i == 0 || v[i] != v[i - 1]) {
                v[distinct++] = v[i];
            }
        }
        if (distinct <= maxBins) {
            double[] out = new double[Math.max(distinct - 1, 0)];
            for (int i = 0; i < out.length; i++) {
                out[i] = v[i] + (v[i + 1] - v[i]) / 2;
            }
            return out;
        }
        return quantileEdges(column, rows, maxBins, k);
    }

    /** Midpoint quantiles at 1/maxBins, ..., (maxBins-1)/maxBins of the non-missing values, without repeats. */
    private static double[] quantileEdges(double[] column, int[] rows, int maxBins, int k) {
        double[] v = new double[k];
        int filled = 0;
        int m = rows.length;
        for (int i = 0; i < m; i++) {
            double value = column[rows[i]];
            if (!Double.isNaN(value)) {
                v[filled++] = value;
            }
        }
        Arrays.sort(v);
        double[] out = new double[maxBins - 1];
        int count = 0;
        for (int q = 1; q < maxBins; q++) {
            double pos = (double) q * (k - 1) / maxBins;
            int lo = (int) Math.floor(pos);
            int hi = (int) Math.ceil(pos);
            double e = v[lo] + (v[hi] - v[lo]) / 2;
            if (count == 0 || e > out[count - 1]) {
                out[count++] = e;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** Number of features. */
    int features() {
        return edges.length;
    }

    /** Number of value bins of {@code feature} (the missing bin not counted). */
    int valueBins(int feature) {
        return edges[feature].length + 1;
    }

    /** The upper edge of value bin {@code bin}: values {@code <=} it fall in bins up to {@code bin}. */
    double upperEdge(int feature, int bin) {
        double[] e = edges[feature];
        return bin < e.length ? e[bin] : Double.POSITIVE_INFINITY;
    }

    /** The bins of column-major {@code x}, one byte per cell ({@code result[j][i]}, unsigned). */
    byte[][] bin(double[][] x) {
        byte[][] out = new byte[x.length][];
        Parallelism.forEachIndex(x.length, j -> out[j] = binColumn(x[j], edges[j]));
        return out;
    }

    private static byte[] binColumn(double[] column, double[] e) {
        byte[] out = new byte[column.length];
        for (int i = 0; i < column.length; i++) {
            double value = column[i];
            out[i] = (byte) (Double.isNaN(value) ? MISSING : upperBound(e, value));
        }
        return out;
    }

    /** The first index b with value <= e[b], or e.length. */
    private static int upperBound(double[] e, double value) {
        int lo = 0;
        int hi = e.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (value <= e[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
