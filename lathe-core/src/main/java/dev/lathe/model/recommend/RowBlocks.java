package dev.lathe.model.recommend;

import dev.lathe.parallel.Chunks;
import java.util.function.Supplier;

/**
 * Runs one independent solve per row (user or item) in fixed blocks of rows on {@link Chunks}; each block
 * makes its own scratch space once. Every row's result depends only on the inputs, so the outcome does not
 * depend on the number of threads.
 */
final class RowBlocks {

    /** Rows per block. */
    static final int BLOCK = 256;

    /** The solve of one row, with its block's scratch space. */
    @FunctionalInterface
    interface RowWork<S> {
        void solve(int row, S scratch);
    }

    private RowBlocks() {
    }

    /** Calls {@code work} for every row in [0, rows). */
    static <S> void run(int rows, Supplier<S> scratch, RowWork<S> work) {
        Chunks.run((rows + BLOCK - 1) / BLOCK, c -> {
            S s = scratch.get();
            int to = Math.min(rows, (c + 1) * BLOCK);
            for (int r = c * BLOCK; r < to; r++) {
                work.solve(r, s);
            }
        });
    }
}
