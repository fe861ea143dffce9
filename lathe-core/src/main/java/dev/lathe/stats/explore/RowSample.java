package dev.lathe.stats.explore;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Seeded samples of row numbers without replacement, in ascending order so that they keep the rows' order. */
final class RowSample {

    private RowSample() {
    }

    /**
     * {@code size} distinct rows of {@code rows}, ascending, by a partial Fisher-Yates shuffle; null when
     * {@code rows} is at most {@code size} (use every row).
     */
    static int[] of(int rows, int size, long seed) {
        if (rows <= size) {
            return null;
        }
        int[] all = new int[rows];
        Arrays.setAll(all, i -> i);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(rows - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] out = Arrays.copyOf(all, size);
        Arrays.sort(out);
        return out;
    }
}
