package dev.lathe.data;

import java.util.Arrays;
import java.util.Random;

/**
 * Random building blocks shared by the generators. Everything draws from {@link Random}, whose algorithm
 * (including {@link Random#nextGaussian()}) is fixed by its specification, so a seed gives the same data
 * on every JVM.
 */
final class Draws {

    private Draws() {
    }

    /**
     * {@code count} independent generators derived from {@code seed}, one per part of a data set (labels,
     * features, noise...), so that changing one part's parameters leaves the other parts' draws unchanged.
     */
    static Random[] streams(long seed, int count) {
        Random root = new Random(seed);
        Random[] out = new Random[count];
        for (int k = 0; k < count; k++) {
            out[k] = new Random(root.nextLong());
        }
        return out;
    }

    /**
     * How many of {@code rows} rows each group gets for the given proportions (largest remainder: every
     * group gets the floor of its share, the rows left over go to the largest fractional parts, ties to
     * the lower group).
     *
     * @param proportions non-negative, summing to 1
     */
    static int[] allocate(int rows, double[] proportions) {
        int k = proportions.length;
        int[] counts = new int[k];
        double[] remainder = new double[k];
        int left = rows;
        for (int g = 0; g < k; g++) {
            double share = rows * proportions[g];
            counts[g] = (int) Math.min(Math.floor(share), left);
            remainder[g] = share - counts[g];
            left -= counts[g];
        }
        for (; left > 0; left--) {
            int best = 0;
            for (int g = 1; g < k; g++) {
                if (remainder[g] > remainder[best]) {
                    best = g;
                }
            }
            counts[best]++;
            remainder[best] = -1;
        }
        return counts;
    }

    /** Group labels, {@code counts[g]} rows of group g, in random order. */
    static int[] shuffledLabels(int[] counts, Random random) {
        int rows = 0;
        for (int c : counts) {
            rows += c;
        }
        int[] labels = new int[rows];
        int at = 0;
        for (int g = 0; g < counts.length; g++) {
            for (int c = 0; c < counts[g]; c++) {
                labels[at++] = g;
            }
        }
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = labels[i];
            labels[i] = labels[j];
            labels[j] = swap;
        }
        return labels;
    }

    /** Proportions {@code 1/k} each. */
    static double[] equal(int k) {
        double[] p = new double[k];
        Arrays.fill(p, 1.0 / k);
        return p;
    }
}
