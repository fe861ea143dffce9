package dev.lathe.model.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Fenwick-tree medians agree with a direct computation of scikit-learn's definition (sort the set,
 * take the fewest rows whose weight reaches half: the last of them, or its mean with the next when they
 * weigh exactly half) on every kind of set the split search asks for.
 */
class WeightedMediansTest {

    /** Median and mean absolute deviation of the rows, computed directly. */
    private static double[] direct(double[] y, double[] w, List<Integer> rows) {
        List<Integer> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> Double.compare(y[a], y[b]));
        double total = 0;
        for (int i : sorted) {
            total += w[i];
        }
        double acc = 0;
        int k = 0;
        while (acc + w[sorted.get(k)] < total / 2.0) {
            acc += w[sorted.get(k++)];
        }
        acc += w[sorted.get(k)];
        double m = acc == total / 2.0 ? (y[sorted.get(k)] + y[sorted.get(k + 1)]) / 2.0 : y[sorted.get(k)];
        double dev = 0;
        for (int i : sorted) {
            dev += w[i] * Math.abs(y[i] - m);
        }
        return new double[] {m, dev / total};
    }

    @Test
    void agreeWithTheDirectComputationOnCombinedSets() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + random.nextInt(40);
            double[] y = new double[n];
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = random.nextInt(10) + (trial % 2 == 0 ? random.nextDouble() : 0); // ties on odd trials
                w[i] = trial % 3 == 0 ? 1 : 1 + random.nextInt(3); // whole weights: exact halves happen
            }
            WeightedMedians medians = new WeightedMedians(y, w, WeightedMedians.order(y));
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            List<Integer> left = new ArrayList<>();
            List<Integer> missing = new ArrayList<>();
            List<Integer> rest = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int side = i == 0 ? 0 : i == 1 ? 2 : random.nextInt(3);
                (side == 0 ? left : side == 1 ? missing : rest).add(i);
                medians.add(WeightedMedians.NODE, i);
                if (side == 0) {
                    medians.add(WeightedMedians.LEFT, i);
                } else if (side == 1) {
                    medians.add(WeightedMedians.MISSING, i);
                }
            }
            List<Integer> node = new ArrayList<>(left);
            node.addAll(missing);
            node.addAll(rest);
            List<Integer> rightOfLeft = new ArrayList<>(missing);
            rightOfLeft.addAll(rest);
            List<Integer> leftWithMissing = new ArrayList<>(left);
            leftWithMissing.addAll(missing);
            check(medians, 1, 0, 0, direct(y, w, node));
            check(medians, 0, 1, 0, direct(y, w, left));
            check(medians, 1, -1, 0, direct(y, w, rightOfLeft));
            if (!missing.isEmpty()) {
                check(medians, 0, 1, 1, direct(y, w, leftWithMissing));
            }
            if (!rest.isEmpty()) {
                check(medians, 1, -1, -1, direct(y, w, rest));
            }
            for (int t = 0; t < 3; t++) {
                medians.clear(t, all, 0, n);
            }
            medians.add(WeightedMedians.NODE, 0);
            check(medians, 1, 0, 0, new double[] {y[0], 0});
        }
    }

    private static void check(WeightedMedians medians, double node, double left, double missing, double[] expected) {
        double[] median = new double[1];
        double impurity = medians.impurity(node, left, missing, median);
        assertThat(median[0]).isCloseTo(expected[0], within(1e-12));
        assertThat(impurity).isCloseTo(expected[1], within(1e-9));
    }
}
