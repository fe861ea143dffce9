package dev.lathe.model.svm;

import dev.lathe.parallel.Chunks;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rows of the kernel matrix of a training set, computed on demand and kept in a least-recently-used cache
 * bounded in bytes (as LIBSVM's {@code cache_size}). Like LIBSVM's {@code get_Q(i, len)}, a request names the
 * columns it needs (the solver's active variables): only those entries of a row are computed, and a cached row
 * is completed later when more are asked for (after unshrinking). Many missing entries are computed in fixed
 * chunks on all cores; each entry is independent, so the values depend neither on the threads nor on when
 * they were computed.
 *
 * <p>Entries are kept as 32-bit floats, as LIBSVM keeps its {@code Qfloat} cache: the solver's path (which pair
 * it picks at each step, and so where it stops at a loose tolerance) then follows LIBSVM's. The diagonal is
 * exact ({@link #diagonal}), as LIBSVM's {@code QD}.
 */
final class KernelRows {

    private static final int CHUNK = 2048;
    private static final int MIN_PARALLEL_WORK = 64 * CHUNK;

    /** A cached row: entries not yet computed are NaN. */
    private static final class Row {
        final float[] values;
        /** The generation the row was last completed for, or -1; {@link #COMPLETE} once every column is in. */
        int generation = -1;

        Row(int n) {
            values = new float[n];
            Arrays.fill(values, Float.NaN);
        }
    }

    private static final int COMPLETE = Integer.MAX_VALUE;

    private final double[][] rows;
    private final double[] norms;
    private final KernelFunction kernel;
    private final int capacity;
    private final LinkedHashMap<Integer, Row> cache;
    private final int[] missing;

    /**
     * @param rows       the training rows (row-major), not copied and not changed
     * @param kernel     the kernel
     * @param cacheBytes the cache budget in bytes; at least two rows are always kept
     */
    KernelRows(double[][] rows, KernelFunction kernel, long cacheBytes) {
        this.rows = rows;
        this.kernel = kernel;
        this.norms = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            norms[i] = KernelFunction.norm(rows[i]);
        }
        this.capacity = (int) Math.max(2, Math.min(Integer.MAX_VALUE, cacheBytes / (4L * Math.max(1, rows.length))));
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Row> eldest) {
                return size() > capacity;
            }
        };
        this.missing = new int[rows.length];
    }

    /** Number of training rows. */
    int size() {
        return rows.length;
    }

    /** {@code K(x_i, x_i)}. */
    double diagonal(int i) {
        return kernel.value(rows[i], norms[i], rows[i], norms[i]);
    }

    /**
     * Row i of the kernel matrix, indexed by training row, rounded to float, with at least the entries
     * {@code K(x_i, x_s)} for s in {@code columns[0..count)} computed (others may be NaN). The array is shared with
     * the cache and must not be changed.
     *
     * <p>{@code generation} lets a cached row skip the check of its entries: within one generation the caller
     * asks only for subsets of the columns it asked for before (its active set only shrinks), and it moves to a new
     * generation when the set grows again (so a row completed for the generation covers any smaller request in it,
     * but not a request for every column). Asking for every column ({@code count == columns.length}, which must
     * then cover every training row the caller ever asks for) completes the row for good.
     *
     * @param i          the training row
     * @param columns    training rows, in the caller's order
     * @param count      how many leading {@code columns} are needed
     * @param generation the caller's generation of its active set, at least 0
     */
    float[] row(int i, int[] columns, int count, int generation) {
        Row row = cache.get(i);
        if (row == null) {
            row = new Row(rows.length);
            cache.put(i, row);
        } else if (row.generation == COMPLETE || row.generation == generation && count < columns.length) {
            return row.values;
        }
        fill(i, row.values, columns, count);
        row.generation = count == columns.length ? COMPLETE : generation;
        return row.values;
    }

    /** Computes the NaN entries of {@code out} among {@code columns[0..count)}. */
    private void fill(int i, float[] out, int[] columns, int count) {
        int todo = 0;
        for (int k = 0; k < count; k++) {
            int s = columns[k];
            if (Float.isNaN(out[s])) {
                out[s] = 0; // marks s as taken, so that a column listed twice is computed once
                missing[todo++] = s;
            }
        }
        double[] xi = rows[i];
        double ni = norms[i];
        int total = todo;
        int chunks = (long) total * xi.length < MIN_PARALLEL_WORK ? 1 : (total + CHUNK - 1) / CHUNK;
        Chunks.run(chunks, c -> {
            int from = chunks == 1 ? 0 : c * CHUNK;
            int to = chunks == 1 ? total : Math.min(total, from + CHUNK);
            for (int k = from; k < to; k++) {
                int s = missing[k];
                out[s] = (float) kernel.value(xi, ni, rows[s], norms[s]);
            }
        });
    }
}
