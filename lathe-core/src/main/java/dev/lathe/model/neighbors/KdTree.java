package dev.lathe.model.neighbors;

import java.util.Arrays;

/**
 * A KD-tree over row-major training rows: each node holds a contiguous range of a row permutation and the
 * bounding box of its rows; a node with more than {@code leafSize} rows splits at the median of its widest
 * feature. Built deterministically from the rows, so it is rebuilt on load rather than saved.
 */
final class KdTree {

    private final double[] data;
    private final int d;
    private final int leafSize;
    private final int[] perm;
    private int[] start = new int[16];
    private int[] end = new int[16];
    private int[] left = new int[16];
    private int[] right = new int[16];
    private double[] lo;
    private double[] hi;
    private int nodes;

    KdTree(double[] data, int d, int leafSize) {
        this.data = data;
        this.d = d;
        this.leafSize = leafSize;
        int n = data.length / d;
        perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        lo = new double[16 * d];
        hi = new double[16 * d];
        build(0, n);
    }

    private int build(int from, int to) {
        int node = nodes++;
        if (node == start.length) {
            int size = 2 * node;
            start = Arrays.copyOf(start, size);
            end = Arrays.copyOf(end, size);
            left = Arrays.copyOf(left, size);
            right = Arrays.copyOf(right, size);
            lo = Arrays.copyOf(lo, size * d);
            hi = Arrays.copyOf(hi, size * d);
        }
        start[node] = from;
        end[node] = to;
        left[node] = -1;
        int widest = 0;
        double spread = -1;
        for (int j = 0; j < d; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                double v = data[perm[i] * d + j];
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            lo[node * d + j] = min;
            hi[node * d + j] = max;
            if (max - min > spread) {
                spread = max - min;
                widest = j;
            }
        }
        if (to - from <= leafSize || spread == 0) {
            return node;
        }
        sortRange(from, to, widest);
        int mid = (from + to) >>> 1;
        int l = build(from, mid); // build may grow the arrays: assign after it returns
        int r = build(mid, to);
        left[node] = l;
        right[node] = r;
        return node;
    }

    /** Sorts perm[from, to) by feature {@code j}, then by row, so the split does not depend on input order. */
    private void sortRange(int from, int to, int j) {
        Integer[] boxed = new Integer[to - from];
        for (int i = from; i < to; i++) {
            boxed[i - from] = perm[i];
        }
        Arrays.sort(boxed, (a, b) -> {
            int c = Double.compare(data[a * d + j], data[b * d + j]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int i = from; i < to; i++) {
            perm[i] = boxed[i - from];
        }
    }

    /** Offers every training row that can be among the k nearest of query row {@code q} at offset {@code qo}. */
    void search(Distance metric, double[] q, int qo, KBest best) {
        visit(0, metric, q, qo, best);
    }

    /**
     * Calls {@code found} with every training row whose reduced distance to query row {@code q} at offset
     * {@code qo} is at most {@code reducedRadius} (boundary included), in no particular order.
     */
    void radius(Distance metric, double[] q, int qo, double reducedRadius, java.util.function.IntConsumer found) {
        within(0, metric, q, qo, reducedRadius, found);
    }

    private void within(int node, Distance metric, double[] q, int qo, double r, java.util.function.IntConsumer found) {
        if (metric.boxBound(q, qo, lo, hi, node * d, d) > r) {
            return;
        }
        if (left[node] < 0) {
            for (int i = start[node]; i < end[node]; i++) {
                if (metric.reduced(q, qo, data, perm[i] * d, d) <= r) {
                    found.accept(perm[i]);
                }
            }
            return;
        }
        within(left[node], metric, q, qo, r, found);
        within(right[node], metric, q, qo, r, found);
    }

    private void visit(int node, Distance metric, double[] q, int qo, KBest best) {
        if (best.full() && metric.boxBound(q, qo, lo, hi, node * d, d) > best.worst()) {
            return;
        }
        if (left[node] < 0) {
            for (int i = start[node]; i < end[node]; i++) {
                int r = perm[i];
                best.offer(metric.reduced(q, qo, data, r * d, d), r);
            }
            return;
        }
        int a = left[node];
        int b = right[node];
        double da = metric.boxBound(q, qo, lo, hi, a * d, d);
        double db = metric.boxBound(q, qo, lo, hi, b * d, d);
        if (db < da) {
            visit(b, metric, q, qo, best);
            visit(a, metric, q, qo, best);
        } else {
            visit(a, metric, q, qo, best);
            visit(b, metric, q, qo, best);
        }
    }
}
