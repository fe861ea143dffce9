package dev.lathe.model.svm;

import dev.lathe.parallel.Chunks;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rows of the kernel matrix of a training set, computed on demand and kept in a least-recently-used cache
 * bounded in bytes (as LIBSVM's {@code cache_size}). A row is computed in fixed chunks on all cores when it
 * is long enough to be worth it; each entry is independent, so the values do not depend on the threads.
 *
 * <p>Entries are kept as 32-bit floats, as LIBSVM keeps its {@code Qfloat} cache: the solver's path (which pair
 * it picks at each step, and so where it stops at a loose tolerance) then follows LIBSVM's. The diagonal is
 * exact ({@link #diagonal}), as LIBSVM's {@code QD}.
 */
final class KernelRows {

    private static final int CHUNK = 2048;

    private final double[][] rows;
    private final double[] norms;
    private final KernelFunction kernel;
    private final int capacity;
    private final LinkedHashMap<Integer, float[]> cache;

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
            protected boolean removeEldestEntry(Map.Entry<Integer, float[]> eldest) {
                return size() > capacity;
            }
        };
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
     * {@code K(x_i, x_s)} rounded to float for every training row s; the array is shared with the cache and must
     * not be changed.
     */
    float[] row(int i) {
        float[] row = cache.get(i);
        if (row == null) {
            row = compute(i);
            cache.put(i, row);
        }
        return row;
    }

    private float[] compute(int i) {
        int n = rows.length;
        float[] out = new float[n];
        double[] xi = rows[i];
        double ni = norms[i];
        long work = (long) n * xi.length;
        int chunks = work < 64L * CHUNK ? 1 : (n + CHUNK - 1) / CHUNK;
        Chunks.run(chunks, c -> {
            int from = chunks == 1 ? 0 : c * CHUNK;
            int to = chunks == 1 ? n : Math.min(n, from + CHUNK);
            for (int s = from; s < to; s++) {
                out[s] = (float) kernel.value(xi, ni, rows[s], norms[s]);
            }
        });
        return out;
    }
}
