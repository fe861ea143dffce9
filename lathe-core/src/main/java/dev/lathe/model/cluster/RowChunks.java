package dev.lathe.model.cluster;

/** Fixed row chunks for parallel passes: the chunking depends on the row count only, never on threads. */
final class RowChunks {

    /** Rows per chunk. */
    static final int SIZE = 4096;

    private RowChunks() {
    }

    /** Number of chunks covering {@code rows} rows. */
    static int count(int rows) {
        return (rows + SIZE - 1) / SIZE;
    }

    /** First row of chunk {@code c}. */
    static int start(int c) {
        return c * SIZE;
    }

    /** One past the last row of chunk {@code c}. */
    static int end(int c, int rows) {
        return Math.min(rows, (c + 1) * SIZE);
    }
}
