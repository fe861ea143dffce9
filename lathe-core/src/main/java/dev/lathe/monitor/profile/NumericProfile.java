package dev.lathe.monitor.profile;

import dev.lathe.frame.ColumnType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.memory.Memory;
import org.apache.datasketches.quantilescommon.DoublesSortedView;

/**
 * A numeric column's profile: a KLL quantile sketch of the finite values, a fixed-bin histogram (equal-width bins
 * between fixed edges, plus an open bin below and above), the exact mean and sum of squared deviations, and the
 * value counts while there are at most {@link #MAX_FEW_VALUES} distinct values (drift reads such a column as
 * categories, as {@code DriftDetector} does).
 */
public final class NumericProfile implements ColumnProfile {

    /** Distinct values counted exactly; a column with more is compared as numbers. */
    public static final int MAX_FEW_VALUES = 5;

    private final String name;
    private final KllDoublesSketch sketch;
    private final double[] edges;
    private final long[] bins;
    private long present;
    private long missing;
    private double mean;
    private double squares;
    private Map<Double, Long> few = new LinkedHashMap<>();

    /**
     * An empty profile.
     *
     * @param name    column name
     * @param edges   ascending histogram edges, at least two
     * @param sketchK the KLL sketch's k
     */
    public NumericProfile(String name, double[] edges, int sketchK) {
        this(name, KllDoublesSketch.newHeapInstance(sketchK), edges, new long[edges.length + 1]);
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException("histogram edges of '" + name + "' must ascend, got "
                        + Arrays.toString(edges));
            }
        }
    }

    private NumericProfile(String name, KllDoublesSketch sketch, double[] edges, long[] bins) {
        this.name = name;
        this.sketch = sketch;
        this.edges = edges.clone();
        this.bins = bins;
    }

    /** Counts {@code v}: finite values go into every summary, NaN and infinities count as missing. */
    public void add(double v) {
        if (!Double.isFinite(v)) {
            missing++;
            return;
        }
        v += 0.0;
        sketch.update(v);
        bins[bin(v)]++;
        present++;
        double delta = v - mean;
        mean += delta / present;
        squares += delta * (v - mean);
        if (few != null) {
            few.merge(v, 1L, Long::sum);
            if (few.size() > MAX_FEW_VALUES) {
                few = null;
            }
        }
    }

    /** The number of edges at or below {@code v} (0: below the first edge, edges.length: at or above the last). */
    private int upperBound(double v) {
        int i = Arrays.binarySearch(edges, v);
        return i >= 0 ? i + 1 : -i - 1;
    }

    @Override
    public void merge(ColumnProfile other) {
        if (!(other instanceof NumericProfile o) || !Arrays.equals(edges, o.edges)) {
            throw new IllegalArgumentException("cannot merge profile of '" + name + "' with " + other.name()
                    + ": not a numeric profile with the same histogram edges");
        }
        sketch.merge(o.sketch);
        for (int i = 0; i < bins.length; i++) {
            bins[i] += o.bins[i];
        }
        long n = present + o.present;
        if (o.present > 0) {
            double delta = o.mean - mean;
            squares += o.squares + delta * delta * ((double) present * o.present / n);
            mean += delta * o.present / n;
        }
        present = n;
        missing += o.missing;
        if (few != null && o.few != null) {
            o.few.forEach((v, c) -> few.merge(v, c, Long::sum));
            if (few.size() > MAX_FEW_VALUES) {
                few = null;
            }
        } else {
            few = null;
        }
    }

    @Override
    public NumericProfile copy() {
        NumericProfile c = new NumericProfile(name, heapify(sketch.toByteArray()), edges, bins.clone());
        c.present = present;
        c.missing = missing;
        c.mean = mean;
        c.squares = squares;
        c.few = few == null ? null : new LinkedHashMap<>(few);
        return c;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return ColumnType.NUMERIC;
    }

    @Override
    public long present() {
        return present;
    }

    @Override
    public long missing() {
        return missing;
    }

    /** Mean of the present values (NaN when there are none). */
    public double mean() {
        return present == 0 ? Double.NaN : mean;
    }

    /** Standard deviation of the present values with divisor n (NumPy's {@code std}); NaN when there are none. */
    public double sd() {
        return present == 0 ? Double.NaN : Math.sqrt(Math.max(0, squares) / present);
    }

    /** The sketch's approximation of the values: ascending retained values and their cumulative weights. */
    public DoublesSortedView sortedView() {
        return sketch.getSortedView();
    }

    /** The sketch itself, for quantile and rank queries (do not update it). */
    public KllDoublesSketch sketch() {
        return sketch;
    }

    /** Whether the sketch still holds every value (no compaction yet), so that it is exact. */
    public boolean exact() {
        return !sketch.isEstimationMode();
    }

    /** The histogram's edges (a copy). */
    public double[] edges() {
        return edges.clone();
    }

    /** Counts per bin (a copy), edges.length + 1 of them, indexed as {@link #bin} says. */
    public long[] histogram() {
        return bins.clone();
    }

    /**
     * The bin of {@code v} in {@link #histogram()}: 0 below the first edge, i for [edge i-1, edge i), the last
     * closed bin includes the last edge, and edges.length above it.
     */
    public int bin(double v) {
        int b = upperBound(v);
        return b == edges.length && v == edges[edges.length - 1] ? b - 1 : b;
    }

    /** Counts per distinct value in order of first appearance, or null when there are more than five. */
    public Map<Double, Long> fewValues() {
        return few == null ? null : new LinkedHashMap<>(few);
    }

    /** Saves under array names {@code prefix_*} and returns the scalar fields for the column's JSON entry. */
    Map<String, Object> save(dev.lathe.persist.StepWriter out, String prefix) {
        out.bytes(prefix + "_kll", sketch.toByteArray());
        out.doubles(prefix + "_edges", edges);
        out.longs(prefix + "_bins", bins);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("present", present);
        m.put("missing", missing);
        m.put("mean", mean);
        m.put("squares", squares);
        if (few != null) {
            double[] values = few.keySet().stream().mapToDouble(Double::doubleValue).toArray();
            long[] counts = few.values().stream().mapToLong(Long::longValue).toArray();
            out.doubles(prefix + "_few_values", values);
            out.longs(prefix + "_few_counts", counts);
        }
        m.put("few", few != null);
        return m;
    }

    /** Reads what {@link #save} wrote. */
    static NumericProfile load(dev.lathe.persist.StepReader in, String name, Map<String, Object> m, String prefix) {
        double[] edges = in.doubles(prefix + "_edges");
        long[] bins = in.longs(prefix + "_bins");
        if (edges.length < 2 || bins.length != edges.length + 1) {
            throw in.fail("has a histogram of '" + name + "' with " + edges.length + " edges and " + bins.length
                    + " bins");
        }
        NumericProfile p = new NumericProfile(name, heapify(in.bytes(prefix + "_kll")), edges, bins);
        p.present = ((Number) m.get("present")).longValue();
        p.missing = ((Number) m.get("missing")).longValue();
        p.mean = ((Number) m.get("mean")).doubleValue();
        p.squares = ((Number) m.get("squares")).doubleValue();
        if (p.sketch.getN() != p.present) {
            throw in.fail("has a sketch of '" + name + "' with " + p.sketch.getN() + " values, the profile says "
                    + p.present);
        }
        if (Boolean.TRUE.equals(m.get("few"))) {
            double[] values = in.doubles(prefix + "_few_values");
            long[] counts = in.longs(prefix + "_few_counts");
            if (counts.length != values.length) {
                throw in.fail("has " + values.length + " distinct values of '" + name + "' but " + counts.length
                        + " counts");
            }
            for (int i = 0; i < values.length; i++) {
                p.few.put(values[i], counts[i]);
            }
        } else {
            p.few = null;
        }
        return p;
    }

    private static KllDoublesSketch heapify(byte[] bytes) {
        return KllDoublesSketch.heapify(Memory.wrap(bytes));
    }
}
