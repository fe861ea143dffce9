package dev.lathe.model.recommend;

/**
 * A sparse matrix stored by rows (compressed sparse rows): row r holds columns
 * {@code columns[offsets[r] .. offsets[r + 1])}, ascending, with their {@code values}. Used for the
 * user-by-item interaction matrix and its transpose. Arrays are shared, never changed after building.
 */
public final class SparseRows {

    private final int columnCount;
    private final int[] offsets;
    private final int[] columns;
    private final double[] values;

    SparseRows(int columnCount, int[] offsets, int[] columns, double[] values) {
        this.columnCount = columnCount;
        this.offsets = offsets;
        this.columns = columns;
        this.values = values;
    }

    /**
     * The matrix with {@code values[t]} at ({@code rows[t]}, {@code cols[t]}); entries at the same place are
     * summed.
     */
    static SparseRows of(int rowCount, int columnCount, int[] rows, int[] cols, double[] values) {
        int[] count = new int[rowCount + 1];
        for (int r : rows) {
            count[r + 1]++;
        }
        for (int r = 0; r < rowCount; r++) {
            count[r + 1] += count[r];
        }
        int[] next = count.clone();
        int[] c = new int[rows.length];
        double[] v = new double[rows.length];
        for (int t = 0; t < rows.length; t++) {
            int at = next[rows[t]]++;
            c[at] = cols[t];
            v[at] = values[t];
        }
        return sortAndMerge(rowCount, columnCount, count, c, v);
    }

    private static SparseRows sortAndMerge(int rowCount, int columnCount, int[] offsets, int[] c, double[] v) {
        int[] outOffsets = new int[rowCount + 1];
        int out = 0;
        for (int r = 0; r < rowCount; r++) {
            int from = offsets[r];
            int to = offsets[r + 1];
            sortRange(c, v, from, to);
            outOffsets[r] = out;
            for (int t = from; t < to; t++) {
                if (out > outOffsets[r] && c[out - 1] == c[t]) {
                    v[out - 1] += v[t];
                } else {
                    c[out] = c[t];
                    v[out] = v[t];
                    out++;
                }
            }
        }
        outOffsets[rowCount] = out;
        return new SparseRows(columnCount, outOffsets, java.util.Arrays.copyOf(c, out), java.util.Arrays.copyOf(v, out));
    }

    private static void sortRange(int[] c, double[] v, int from, int to) {
        long[] keys = new long[to - from];
        boolean sorted = true;
        for (int t = from; t < to; t++) {
            keys[t - from] = ((long) c[t] << 32) | (t - from);
            sorted &= t == from || c[t - 1] <= c[t];
        }
        if (sorted) {
            return;
        }
        java.util.Arrays.sort(keys);
        double[] old = java.util.Arrays.copyOfRange(v, from, to);
        for (int i = 0; i < keys.length; i++) {
            c[from + i] = (int) (keys[i] >>> 32);
            v[from + i] = old[(int) keys[i]];
        }
    }

    /** The transpose (rows become columns). */
    public SparseRows transpose() {
        int[] count = new int[columnCount + 1];
        for (int c : columns) {
            count[c + 1]++;
        }
        for (int k = 0; k < columnCount; k++) {
            count[k + 1] += count[k];
        }
        int[] next = count.clone();
        int[] c = new int[columns.length];
        double[] v = new double[columns.length];
        for (int r = 0; r < rowCount(); r++) {
            for (int t = offsets[r]; t < offsets[r + 1]; t++) {
                int at = next[columns[t]]++;
                c[at] = r;
                v[at] = values[t];
            }
        }
        return new SparseRows(rowCount(), count, c, v);
    }

    /** Number of rows. */
    public int rowCount() {
        return offsets.length - 1;
    }

    /** Number of columns. */
    public int columnCount() {
        return columnCount;
    }

    /** Number of stored entries. */
    public int entryCount() {
        return columns.length;
    }

    /** Where row {@code r}'s entries start in {@link #columns()} and {@link #values()}. */
    public int start(int r) {
        return offsets[r];
    }

    /** Where row {@code r}'s entries end (exclusive). */
    public int end(int r) {
        return offsets[r + 1];
    }

    /** Column of every entry, row after row (shared, do not change). */
    public int[] columns() {
        return columns;
    }

    /** Value of every entry, row after row (shared, do not change). */
    public double[] values() {
        return values;
    }

    /** Whether row {@code r} holds column {@code c}. */
    public boolean contains(int r, int c) {
        return java.util.Arrays.binarySearch(columns, offsets[r], offsets[r + 1], c) >= 0;
    }

    /** Row offsets (length rows + 1; shared, do not change), for saving. */
    int[] offsets() {
        return offsets;
    }
}
