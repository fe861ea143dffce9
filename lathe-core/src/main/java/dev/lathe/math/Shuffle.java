package dev.lathe.math;

import java.util.SplittableRandom;

/** Seeded random permutations, for splitters and resamplers. */
public final class Shuffle {

    private Shuffle() {
    }

    /**
     * Puts {@code a} in a uniformly random order (Fisher-Yates), drawing from {@code random}.
     *
     * @param a      the values to permute, changed in place
     * @param random the generator; the same generator state gives the same permutation
     */
    public static void inPlace(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
