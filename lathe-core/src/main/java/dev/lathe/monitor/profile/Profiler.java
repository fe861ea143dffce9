package dev.lathe.monitor.profile;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.parallel.Chunks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes {@link DataProfile}s. {@link #profile(Frame, ProfileOptions)} fixes each numeric column's histogram edges
 * from its minimum and maximum, then profiles blocks of {@link #BLOCK_ROWS} rows in parallel and merges them in
 * block order; {@link #profileLike} profiles more rows with an existing profile's edges, so that the two merge.
 */
public final class Profiler {

    /** Rows per block of parallel profiling; fixed, so that results do not depend on the thread count. */
    public static final int BLOCK_ROWS = 1 << 16;

    private Profiler() {
    }

    /**
     * The profile of {@code data}.
     *
     * @param data    any columns; text and timestamp columns are listed as skipped
     * @param options sketch sizes and bins
     */
    public static DataProfile profile(Frame data, ProfileOptions options) {
        Map<String, double[]> edges = new LinkedHashMap<>();
        List<Column> columns = data.columns();
        double[][] found = new double[columns.size()][];
        Chunks.run(columns.size(), c -> {
            if (columns.get(c) instanceof NumericColumn n) {
                found[c] = edgesOf(n, options.bins());
            }
        });
        for (int c = 0; c < found.length; c++) {
            if (found[c] != null) {
                edges.put(columns.get(c).name(), found[c]);
            }
        }
        return profileWith(data, options, edges);
    }

    /**
     * The profile of {@code data} with the columns, options and histogram edges of {@code like}, so that
     * {@code like.merge(result)} gives the profile of both.
     *
     * @throws IllegalArgumentException when {@code data} lacks one of {@code like}'s columns or has another type
     */
    public static DataProfile profileLike(DataProfile like, Frame data) {
        Map<String, double[]> edges = new LinkedHashMap<>();
        for (ColumnProfile p : like.columns().values()) {
            if (!data.has(p.name()) || data.column(p.name()).type() != p.type()) {
                throw new IllegalArgumentException("the data has no " + p.type().label() + " column '" + p.name()
                        + "' to profile like the reference");
            }
            if (p instanceof NumericProfile n) {
                edges.put(p.name(), n.edges());
            }
        }
        return profileWith(data.select(List.copyOf(like.columns().keySet())), like.options(), edges);
    }

    private static DataProfile profileWith(Frame data, ProfileOptions options, Map<String, double[]> edges) {
        int blocks = Math.max(1, (data.rowCount() + BLOCK_ROWS - 1) / BLOCK_ROWS);
        DataProfile[] parts = new DataProfile[blocks];
        Chunks.run(blocks, b -> parts[b] = block(data, options, edges, b * BLOCK_ROWS,
                Math.min(data.rowCount(), (b + 1) * BLOCK_ROWS)));
        for (int b = 1; b < blocks; b++) {
            parts[0].merge(parts[b]);
        }
        return parts[0];
    }

    private static DataProfile block(Frame data, ProfileOptions options, Map<String, double[]> edges, int from,
                                     int to) {
        Map<String, ColumnProfile> columns = new LinkedHashMap<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        for (Column column : data.columns()) {
            ColumnType type = column.type();
            if (column instanceof NumericColumn n) {
                NumericProfile p = new NumericProfile(n.name(), edges.get(n.name()), options.sketchK());
                for (int i = from; i < to; i++) {
                    p.add(n.get(i));
                }
                columns.put(n.name(), p);
            } else if (type == ColumnType.CATEGORICAL || type == ColumnType.BOOLEAN) {
                columns.put(column.name(), categories(column, options, from, to));
            } else {
                skipped.put(column.name(), type.label() + " columns are not profiled");
            }
        }
        return new DataProfile(options, columns, skipped, to - from);
    }

    private static CategoryProfile categories(Column column, ProfileOptions options, int from, int to) {
        CategoryProfile p = new CategoryProfile(column.name(), column.type(), options.maxCategories(),
                options.sketchItems());
        if (column instanceof CategoricalColumn c) {
            long[] counts = new long[c.levels().size()];
            long missing = 0;
            for (int i = from; i < to; i++) {
                int code = c.code(i);
                if (code < 0) {
                    missing++;
                } else {
                    counts[code]++;
                }
            }
            for (int k = 0; k < counts.length; k++) {
                if (counts[k] > 0) {
                    p.add(c.levels().get(k), counts[k]);
                }
            }
            if (missing > 0) {
                p.add(null, missing);
            }
            return p;
        }
        for (int i = from; i < to; i++) {
            p.add(column.isMissing(i) ? null : column.format(i));
        }
        return p;
    }

    /** Equal-width edges between the finite minimum and maximum ([0, 1] without finite values, +-0.5 for one value). */
    private static double[] edgesOf(NumericColumn column, int bins) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < column.size(); i++) {
            double v = column.get(i);
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        } else if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = lo + (hi - lo) * i / bins;
        }
        edges[bins] = hi;
        return edges;
    }
}
