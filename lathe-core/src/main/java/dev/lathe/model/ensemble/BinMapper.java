package dev.lathe.model.ensemble;

import dev.lathe.math.RadixSort;
import dev.lathe.math.Shuffle;
import dev.lathe.parallel.Chunks;
import dev.lathe.parallel.Parallelism;
import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * Maps each feature's values to at most {@code maxBins} ordered bins (one byte per cell), as the histogram
 * learners of LightGBM and scikit-learn do: bin b holds the values in (edges[b-1], edges[b]], the last bin
 * everything above the last edge, and missing values go to their own bin {@link #MISSING}. Edges are the
 * midpoints between distinct values when there are few, else midpoint quantiles of at most
 * {@value #SAMPLE} rows drawn with the seed.
 *
 * <p>A categorical feature (values are codes into its training levels) is binned by category instead, as
 * LightGBM does: when it has at most {@code maxBins} categories among the training rows each has a bin of its
 * own; otherwise the {@code maxBins - 1} most frequent ones do and the rarer ones share the last bin, the
 * "other" bin. Levels absent from the training rows fall in the missing bin, so at prediction they go
 * where missing values go.
 */
final class BinMapper {

    /** The bin of missing values; histograms have {@link #BINS} slots per feature. */
    static final int MISSING = 255;

    /** Histogram slots per feature: 255 value bins and the missing bin. */
    static final int BINS = 256;

    /** Rows used to place the edges of a feature. */
    static final int SAMPLE = 200_000;

    private final double[][] edges;
    private final int[][] categoryBins;
    private final int[] valueBins;
    private final BinLookup[] lookups;

    private BinMapper(double[][] edges, int[][] categoryBins) {
        this.edges = edges;
        this.categoryBins = categoryBins;
        this.valueBins = new int[edges.length];
        this.lookups = new BinLookup[edges.length];
        for (int j = 0; j < edges.length; j++) {
            lookups[j] = new BinLookup(edges[j]);
            int top = edges[j].length;
            if (categoryBins[j] != null) {
                top = -1;
                for (int b : categoryBins[j]) {
                    top = b == MISSING ? top : Math.max(top, b);
                }
            }
            valueBins[j] = top + 1;
        }
    }

    /**
     * Edges for every column of column-major {@code x} from its rows {@code train} (ascending);
     * {@code maxBins} in [2, 255]; feature j is categorical with {@code levels[j]} levels when that is at
     * least 0, numeric when it is -1.
     */
    static BinMapper fit(double[][] x, int[] train, int maxBins, long seed, int[] levels) {
        int[] sample = train.length > SAMPLE ? sample(train, x.length == 0 ? 0 : x[0].length, seed) : train;
        double[][] edges = new double[x.length][];
        int[][] categoryBins = new int[x.length][];
        int workers = Math.min(Parallelism.threads(), x.length);
        Chunks.run(workers, c -> {
            double[] values = new double[sample.length];
            RadixSort.Scratch scratch = new RadixSort.Scratch(sample.length);
            for (int j = c; j < x.length; j += workers) {
                if (levels[j] >= 0) {
                    categoryBins[j] = categoryBins(x[j], train, levels[j], maxBins);
                    edges[j] = new double[0];
                } else {
                    edges[j] = edges(x[j], sample, maxBins, values, scratch);
                }
            }
        });
        return new BinMapper(edges, categoryBins);
    }

    /**
     * {@value #SAMPLE} of the rows {@code train} (ascending, below {@code n}) drawn without replacement, in
     * ascending order: the first ones of a seeded shuffle, put back in order by marking them (a sort took 10 ms).
     */
    private static int[] sample(int[] train, int n, long seed) {
        int[] shuffled = train.clone();
        Shuffle.inPlace(shuffled, new SplittableRandom(seed));
        boolean[] chosen = new boolean[n];
        for (int i = 0; i < SAMPLE; i++) {
            chosen[shuffled[i]] = true;
        }
        int[] out = new int[SAMPLE];
        int k = 0;
        for (int row : train) {
            if (chosen[row]) {
                out[k++] = row;
            }
        }
        return out;
    }

    /** The bin of each level code: by falling count, the rarest beyond {@code maxBins - 1} sharing the last. */
    private static int[] categoryBins(double[] column, int[] rows, int levels, int maxBins) {
        long[] counts = new long[levels];
        for (int row : rows) {
            double v = column[row];
            if (!Double.isNaN(v)) {
                counts[(int) v]++;
            }
        }
        long[] keys = new long[levels];
        int present = 0;
        for (int k = 0; k < levels; k++) {
            if (counts[k] > 0) {
                keys[present++] = -(counts[k] << 32 | (0xFFFFFFFFL - k));
            }
        }
        Arrays.sort(keys, 0, present);
        int[] bins = new int[levels];
        Arrays.fill(bins, MISSING);
        for (int r = 0; r < present; r++) {
            int code = (int) (0xFFFFFFFFL - (-keys[r] & 0xFFFFFFFFL));
            bins[code] = present <= maxBins ? r : Math.min(r, maxBins - 1);
        }
        return bins;
    }

    /** Whether {@code feature} is binned by category. */
    boolean categorical(int feature) {
        return categoryBins[feature] != null;
    }

    /**
     * The level codes of categorical {@code feature} that go left when the bins in {@code leftBins} do, with
     * the levels of the missing bin (absent from training) added when missing values go left.
     */
    BitSet leftCodes(int feature, BitSet leftBins, boolean missingLeft) {
        int[] bins = categoryBins[feature];
        BitSet out = new BitSet(bins.length);
        for (int code = 0; code < bins.length; code++) {
            if (bins[code] == MISSING ? missingLeft : leftBins.get(bins[code])) {
                out.set(code);
            }
        }
        return out;
    }

    /**
     * The edges of one numeric column from its values at {@code rows}, sorted in {@code v} (room for all rows)
     * with {@code scratch}: both reused from column to column, so binning a wide matrix allocates no
     * per-column arrays of the sample's size.
     */
    private static double[] edges(double[] column, int[] rows, int maxBins, double[] v, RadixSort.Scratch scratch) {
        int m = rows.length;
        int k = 0;
        for (int i = 0; i < m; i++) {
            double value = column[rows[i]];
            if (!Double.isNaN(value)) {
                v[k++] = value;
            }
        }
        RadixSort.sort(v, k, scratch);
        int distinct = 0;
        for (int i = 0; i < k; i++) {
            if (i == 0 || v[i] != v[i - 1]) {
                distinct++;
            }
        }
        if (distinct > maxBins) {
            return quantileEdges(v, maxBins, k);
        }
        distinct = 0;
        for (int i = 0; i < k; i++) {
            if (i == 0 || v[i] != v[i - 1]) {
                v[distinct++] = v[i];
            }
        }
        double[] out = new double[Math.max(distinct - 1, 0)];
        for (int i = 0; i < out.length; i++) {
            out[i] = v[i] + (v[i + 1] - v[i]) / 2;
        }
        return out;
    }

    /**
     * Midpoint quantiles at 1/maxBins, ..., (maxBins-1)/maxBins of the {@code k} sorted non-missing values
     * {@code v[0..k)}, without repeats.
     */
    private static double[] quantileEdges(double[] v, int maxBins, int k) {
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
        return valueBins[feature];
    }

    /** The upper edge of value bin {@code bin}: values {@code <=} it fall in bins up to {@code bin}. */
    double upperEdge(int feature, int bin) {
        double[] e = edges[feature];
        return bin < e.length ? e[bin] : Double.POSITIVE_INFINITY;
    }

    /** The bins of column-major {@code x}, one byte per cell ({@code result[j][i]}, unsigned). */
    byte[][] bin(double[][] x) {
        byte[][] out = new byte[x.length][];
        Parallelism.forEachIndex(x.length, j -> out[j] = categoryBins[j] != null
                ? binCategories(x[j], categoryBins[j]) : binColumn(x[j], lookups[j]));
        return out;
    }

    private static byte[] binCategories(double[] column, int[] bins) {
        byte[] out = new byte[column.length];
        for (int i = 0; i < column.length; i++) {
            double value = column[i];
            out[i] = (byte) (Double.isNaN(value) ? MISSING : bins[(int) value]);
        }
        return out;
    }

    private static byte[] binColumn(double[] column, BinLookup lookup) {
        byte[] out = new byte[column.length];
        for (int i = 0; i < column.length; i++) {
            double value = column[i];
            out[i] = (byte) (Double.isNaN(value) ? MISSING : lookup.bin(value));
        }
        return out;
    }
}
