package dev.lathe.model.tree;

import java.util.Arrays;

/**
 * Weighted medians and mean absolute deviations of sets of rows, for the absolute_error criterion. Each
 * row has a slot, the rank of its target; three Fenwick trees over the slots (the node's rows, the rows
 * of a candidate left child, the node's rows with a missing feature value) hold weight and weight times
 * target. A set that is a signed combination of them (the right child is node - left, ...) gives its
 * weighted median and deviation in O(log n), so one feature's cuts are scanned in O(n log n). Allocated
 * once per tree; {@link #clear} empties a tree exactly (no subtraction residue).
 *
 * <p>The median is scikit-learn's (its {@code WeightedMedianCalculator}): with the targets sorted and k
 * the fewest of them whose weight reaches half the total, the k-th target, or the mean of the k-th and
 * the next when their weight is exactly half.
 */
final class WeightedMedians {

    static final int NODE = 0;
    static final int LEFT = 1;
    static final int MISSING = 2;

    private final int n;
    private final int top;
    private final int[] slot;
    private final double[] sorted;
    private final double[] rowWeight;
    private final double[][] w = new double[3][];
    private final double[][] wy = new double[3][];
    private final double[] c = new double[3];

    /**
     * @param y        the target of every row
     * @param weights  the weight of every row in this tree
     * @param byTarget the rows in ascending order of target ({@link #order})
     */
    WeightedMedians(double[] y, double[] weights, int[] byTarget) {
        n = y.length;
        rowWeight = weights;
        slot = new int[n];
        sorted = new double[n + 1];
        for (int s = 0; s < n; s++) {
            slot[byTarget[s]] = s + 1;
            sorted[s + 1] = y[byTarget[s]];
        }
        for (int t = 0; t < 3; t++) {
            w[t] = new double[n + 1];
            wy[t] = new double[n + 1];
        }
        top = n == 0 ? 0 : Integer.highestOneBit(n);
    }

    /** The rows in ascending order of target: computed once per fit, shared by all its trees. */
    static int[] order(double[] y) {
        Integer[] byTarget = new Integer[y.length];
        Arrays.setAll(byTarget, i -> i);
        Arrays.sort(byTarget, (a, b) -> Double.compare(y[a], y[b]));
        return Arrays.stream(byTarget).mapToInt(Integer::intValue).toArray();
    }

    /** Adds {@code row} to tree {@code t}. */
    void add(int t, int row) {
        double weight = rowWeight[row];
        double weighted = weight * sorted[slot[row]];
        for (int i = slot[row]; i <= n; i += i & -i) {
            w[t][i] += weight;
            wy[t][i] += weighted;
        }
    }

    /** Adds the rows {@code rows[lo, hi)} to tree {@code t}. */
    void addAll(int t, int[] rows, int lo, int hi) {
        for (int r = lo; r < hi; r++) {
            add(t, rows[r]);
        }
    }

    /** Empties tree {@code t}, which holds no rows but some of {@code rows[lo, hi)}. */
    void clear(int t, int[] rows, int lo, int hi) {
        for (int r = lo; r < hi; r++) {
            for (int i = slot[rows[r]]; i <= n && w[t][i] != 0; i += i & -i) {
                w[t][i] = 0;
                wy[t][i] = 0;
            }
        }
    }

    /**
     * The weighted mean absolute deviation from the weighted median of the set node * {@code node} + left *
     * {@code left} + missing * {@code missing} (coefficients 0, 1 or -1); {@code median[0]} receives the median.
     */
    double impurity(double node, double left, double missing, double[] median) {
        c[NODE] = node;
        c[LEFT] = left;
        c[MISSING] = missing;
        double total = prefix(w, n);
        double half = total / 2.0;
        int k = search(half, false);
        double below = prefix(w, k);
        double m = below == half ? (sorted[k] + sorted[search(below, true)]) / 2.0 : sorted[k];
        double belowSum = prefix(wy, k);
        double deviation = m * below - belowSum + (prefix(wy, n) - belowSum) - m * (total - below);
        if (median != null) {
            median[0] = m;
        }
        return deviation / total;
    }

    /** Sum of the selected combination over slots 1..s. */
    private double prefix(double[][] trees, int s) {
        double sum = 0;
        for (int i = s; i > 0; i -= i & -i) {
            sum += at(trees, i);
        }
        return sum;
    }

    private double at(double[][] trees, int i) {
        return c[NODE] * trees[NODE][i] + c[LEFT] * trees[LEFT][i] + c[MISSING] * trees[MISSING][i];
    }

    /** The first slot whose prefix weight reaches {@code target} (exceeds it when {@code strict}). */
    private int search(double target, boolean strict) {
        int pos = 0;
        double acc = 0;
        for (int step = top; step > 0; step >>= 1) {
            int next = pos + step;
            if (next <= n) {
                double sum = acc + at(w, next);
                if (strict ? sum <= target : sum < target) {
                    pos = next;
                    acc = sum;
                }
            }
        }
        return Math.min(pos + 1, n);
    }
}
