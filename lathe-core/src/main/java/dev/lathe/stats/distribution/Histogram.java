package dev.lathe.stats.distribution;

import dev.lathe.frame.NumericColumn;

/**
 * Counts of a numeric column in equal-width bins, as {@code numpy.histogram}: the bins span [min, max] of
 * the present values (or [v - 0.5, v + 0.5] when every value is v); every bin is half-open [a, b) except
 * the last, which is closed [a, b]; edges are {@code min + i (max - min) / bins}, the last edge exactly max.
 * Missing values (NaN) are left out and counted.
 *
 * @param column  the column's name
 * @param edges   bins + 1 ascending edges
 * @param counts  values per bin
 * @param missing missing values left out
 */
public record Histogram(String column, double[] edges, long[] counts, int missing) {

    /** Copies the arrays. */
    public Histogram {
        edges = edges.clone();
        counts = counts.clone();
    }

    /** The edges (a copy). */
    @Override
    public double[] edges() {
        return edges.clone();
    }

    /** The counts (a copy). */
    @Override
    public long[] counts() {
        return counts.clone();
    }

    /** Number of bins. */
    public int bins() {
        return counts.length;
    }

    /**
     * The density of each bin, count / (present values x bin width), so that the bars' area is 1
     * ({@code numpy.histogram(density=True)}).
     */
    public double[] density() {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        double[] out = new double[counts.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = counts[i] / (total * (edges[i + 1] - edges[i]));
        }
        return out;
    }

    /** The histogram of {@code column} with {@link BinRule#AUTO}. */
    public static Histogram of(NumericColumn column) {
        return of(column, BinRule.AUTO);
    }

    /**
     * The histogram of {@code column} with the bin width chosen by {@code rule}.
     *
     * @throws IllegalArgumentException naming the column when no value is present or a value is infinite
     */
    public static Histogram of(NumericColumn column, BinRule rule) {
        return of(column, rule, Integer.MAX_VALUE);
    }

    /**
     * The histogram of {@code column} with the bin width chosen by {@code rule}, but at most {@code maxBins}
     * equal bins: a few values far from the rest can make a rule ask for millions of bins.
     *
     * @param maxBins the most bins, at least 1
     * @throws IllegalArgumentException naming the column when no value is present or a value is infinite,
     *                                  or when {@code maxBins} is below 1
     */
    public static Histogram of(NumericColumn column, BinRule rule, int maxBins) {
        if (maxBins < 1) {
            throw new IllegalArgumentException("a histogram of column '" + column.name()
                    + "' needs at least 1 bin, got at most " + maxBins);
        }
        Sample s = Sample.of(column, "a histogram", 1);
        double[] range = range(s);
        double width = rule.width(s.sorted());
        double wanted = width > 0 ? Math.ceil((range[1] - range[0]) / width) : 1;
        return count(s, range, (int) Math.min(wanted, maxBins));
    }

    /**
     * The histogram of {@code column} in {@code bins} equal bins.
     *
     * @param bins number of bins, at least 1
     * @throws IllegalArgumentException naming the column when no value is present or a value is infinite,
     *                                  or when {@code bins} is below 1
     */
    public static Histogram of(NumericColumn column, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("a histogram of column '" + column.name()
                    + "' needs at least 1 bin, got " + bins);
        }
        Sample s = Sample.of(column, "a histogram", 1);
        return count(s, range(s), bins);
    }

    private static double[] range(Sample s) {
        double lo = s.sorted()[0];
        double hi = s.sorted()[s.n() - 1];
        return lo == hi ? new double[] {lo - 0.5, hi + 0.5} : new double[] {lo, hi};
    }

    private static Histogram count(Sample s, double[] range, int bins) {
        double first = range[0];
        double last = range[1];
        double step = (last - first) / bins;
        double[] edges = new double[bins + 1];
        for (int i = 0; i < bins; i++) {
            edges[i] = i * step + first;
        }
        edges[bins] = last;
        long[] counts = new long[bins];
        double scale = bins / (last - first);
        for (double v : s.sorted()) {
            // first guess from the position, then settled against the edges themselves
            int b = Math.min(bins - 1, (int) ((v - first) * scale));
            if (v < edges[b]) {
                b--;
            } else if (b < bins - 1 && v >= edges[b + 1]) {
                b++;
            }
            counts[b]++;
        }
        return new Histogram(s.column(), edges, counts, s.missing());
    }
}
