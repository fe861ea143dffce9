package dev.lathe.explain;

import dev.lathe.frame.Frame;
import dev.lathe.math.Shuffle;
import java.util.SplittableRandom;

/**
 * Permutation SHAP for any model (Štrumbelj and Kononenko 2014, with antithetic sampling): each feature's
 * value is its mean marginal contribution {@code v(S + j) - v(S)} as the players join in random orders, every
 * order also walked in reverse. Each order's contributions add up to {@code f(x) - v(empty)}, so additivity is
 * exact whatever the number of orders; the values converge to the Shapley values of the same game as Kernel
 * SHAP. The orders are drawn once from {@code seed} and shared by all rows.
 *
 * @param permutations antithetic pairs of orders per row, at least 1 (default 10)
 * @param seed         seed of the draw
 */
public record PermutationShap(int permutations, long seed) {

    public PermutationShap {
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be at least 1, got " + permutations);
        }
    }

    /** Ten pairs of orders, seed 0. */
    public PermutationShap() {
        this(10, 0);
    }

    /** SHAP values of every row of {@code x} for {@code f} against {@code background}. */
    public Explanation explain(ModelOutput f, Background background, Frame x) {
        if (background == null) {
            throw new IllegalArgumentException("no background data: permutation SHAP needs background rows (for "
                    + "example a sample or a k-means summary of the training data)");
        }
        int m = x.columnCount();
        int walks = 2 * permutations;
        int[][] orders = new int[walks][m];
        SplittableRandom random = new SplittableRandom(seed);
        for (int p = 0; p < permutations; p++) {
            for (int j = 0; j < m; j++) {
                orders[2 * p][j] = j;
            }
            Shuffle.inPlace(orders[2 * p], random);
            for (int j = 0; j < m; j++) {
                orders[2 * p + 1][j] = orders[2 * p][m - 1 - j];
            }
        }
        // coalition (walk, step) holds the first step + 1 players of the walk, for steps 0 .. m - 2
        boolean[][] coalitions = new boolean[walks * Math.max(m - 1, 0)][m];
        for (int w = 0; w < walks; w++) {
            for (int step = 0; step < m - 1; step++) {
                boolean[] z = coalitions[w * (m - 1) + step];
                for (int s = 0; s <= step; s++) {
                    z[orders[w][s]] = true;
                }
            }
        }
        return AgnosticShap.explain("permutation", f, background, x, (game, row, expected, output) -> {
            double[][] v = game.values(row, coalitions);
            double[][] phi = new double[expected.length][m];
            for (int k = 0; k < expected.length; k++) {
                for (int w = 0; w < walks; w++) {
                    double previous = expected[k];
                    for (int step = 0; step < m; step++) {
                        double next = step == m - 1 ? output[k] : v[k][w * (m - 1) + step];
                        phi[k][orders[w][step]] += (next - previous) / walks;
                        previous = next;
                    }
                }
            }
            return phi;
        });
    }
}
