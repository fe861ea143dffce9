package dev.lathe.model.tree;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.SplittableRandom;

/**
 * Grows one tree on {@link TrainingData}: depth first, or best first (largest impurity decrease next) when
 * {@code max_leaf_nodes} is set, as scikit-learn does. The rows of each node form a segment of one index
 * array, partitioned in place as nodes split.
 */
final class Grower {

    private static final double EPSILON = Math.ulp(1.0);

    /** A node waiting to be split, with its split already found. */
    private record Pending(int node, int lo, int hi, int depth, int feature, int cut, double threshold,
                           boolean missingLeft, double improvement) {
    }

    private final TrainingData d;
    private final Growth growth;
    private final SplitFinder finder;
    private final Split split = new Split();
    private final double[] nodeSums;
    private final double[] medianOut = new double[1];
    private final int[] scratch;
    private final int valueWidth;
    private final double rootWeight;
    private final double minWeightLeaf;
    private int count;
    private int[] feature;
    private double[] threshold;
    private int[] left;
    private int[] right;
    private boolean[] missingLeft;
    private double[] cover;
    private int[] samples;
    private double[] impurity;
    private double[] values;

    /**
     * @param randomCuts one random threshold per feature (extra trees) instead of the best one
     * @param random     this tree's own generator
     */
    Grower(TrainingData d, Growth growth, boolean randomCuts, SplittableRandom random) {
        this.d = d;
        this.growth = growth;
        int rows = d.weights.length;
        this.rootWeight = Arrays.stream(d.weights).sum();
        this.minWeightLeaf = growth.minWeightFractionLeaf() * rootWeight;
        this.finder = new SplitFinder(d, rows, MaxFeatures.count(growth.maxFeatures(), d.x.features()),
                growth.minSamplesLeaf(), minWeightLeaf, randomCuts, random);
        this.nodeSums = new double[d.width];
        this.scratch = new int[rows];
        this.valueWidth = d.valueWidth();
        allocate(64);
    }

    /** Grows the tree on the rows with positive weight. */
    Tree grow() {
        int[] rows = d.rows();
        Queue<Pending> frontier = growth.maxLeafNodes() == null
                ? Collections.asLifoQueue(new ArrayDeque<>())
                : new PriorityQueue<>(Comparator.comparingDouble(Pending::improvement).reversed()
                .thenComparingInt(Pending::node));
        int maxLeaves = growth.maxLeafNodes() == null ? Integer.MAX_VALUE : growth.maxLeafNodes();
        offer(frontier, open(rows, 0, rows.length, 0));
        int leaves = 1;
        while (!frontier.isEmpty() && leaves < maxLeaves) {
            Pending p = frontier.poll();
            int mid = partition(rows, p);
            Pending l = open(rows, p.lo, mid, p.depth + 1);
            Pending r = open(rows, mid, p.hi, p.depth + 1);
            feature[p.node] = p.feature;
            threshold[p.node] = p.threshold;
            left[p.node] = l.node;
            right[p.node] = r.node;
            missingLeft[p.node] = p.missingLeft;
            leaves++;
            offer(frontier, r);
            offer(frontier, l);
        }
        return new Tree(Arrays.copyOf(feature, count), Arrays.copyOf(threshold, count), Arrays.copyOf(left, count),
                Arrays.copyOf(right, count), Arrays.copyOf(missingLeft, count), Arrays.copyOf(cover, count),
                Arrays.copyOf(samples, count), Arrays.copyOf(impurity, count),
                Arrays.copyOf(values, count * valueWidth), valueWidth, d.names);
    }

    private static void offer(Queue<Pending> frontier, Pending p) {
        if (p.feature >= 0) {
            frontier.add(p);
        }
    }

    /** Adds a leaf for rows[lo, hi); returns it with its best split (feature -1 when it stays a leaf). */
    private Pending open(int[] rows, int lo, int hi, int depth) {
        if (count == feature.length) {
            allocate(count * 2);
        }
        int node = count++;
        Arrays.fill(nodeSums, 0);
        double weight = 0;
        int width = d.width;
        for (int r = lo; r < hi; r++) {
            int i = rows[r];
            weight += d.weights[i];
            int base = i * width;
            for (int s = 0; s < width; s++) {
                nodeSums[s] += d.sums[base + s];
            }
        }
        WeightedMedians medians = d.medians;
        double median = Double.NaN;
        double imp;
        if (medians != null) {
            medians.addAll(WeightedMedians.NODE, rows, lo, hi);
            imp = medians.impurity(1, 0, 0, medianOut);
            median = medianOut[0];
        } else {
            imp = d.criterion.impurity(weight, nodeSums, 0, width);
        }
        Pending pending = split(rows, lo, hi, depth, node, weight, imp);
        if (medians != null) {
            medians.clear(WeightedMedians.NODE, rows, lo, hi);
        }
        feature[node] = -1;
        threshold[node] = Double.NaN;
        left[node] = -1;
        right[node] = -1;
        cover[node] = weight;
        samples[node] = hi - lo;
        impurity[node] = imp;
        if (valueWidth == width) {
            for (int k = 0; k < width; k++) {
                values[node * valueWidth + k] = nodeSums[k] / weight;
            }
        } else {
            values[node * valueWidth] = medians != null ? median : nodeSums[0] / weight;
        }
        return pending;
    }

    /** The node's best split, or the node as a leaf (feature -1) when it must not or cannot be split. */
    private Pending split(int[] rows, int lo, int hi, int depth, int node, double weight, double imp) {
        Pending leaf = new Pending(node, lo, hi, depth, -1, 0, Double.NaN, false, 0);
        int n = hi - lo;
        if (depth >= growth.depthLimit() || n < growth.minSamplesSplit() || n < 2 * growth.minSamplesLeaf()
                || weight < 2 * minWeightLeaf || imp <= EPSILON) {
            return leaf;
        }
        finder.find(rows, lo, hi, weight, nodeSums, split);
        if (split.feature < 0) {
            return leaf;
        }
        double rightWeight = weight - split.leftWeight;
        double improvement = weight / rootWeight * (imp - split.leftWeight / weight * split.leftImpurity
                - rightWeight / weight * split.rightImpurity);
        if (improvement + EPSILON < growth.minImpurityDecrease()) {
            return leaf;
        }
        return new Pending(node, lo, hi, depth, split.feature, split.cut,
                d.x.cut(split.feature, split.cut, split.next), split.missingLeft, improvement);
    }

    /**
     * Moves the rows of p that go left to the front of its segment, keeping both sides in ascending order
     * (so that later passes read the feature arrays forwards); returns where the right ones start.
     */
    private int partition(int[] rows, Pending p) {
        int[] codes = d.x.codes[p.feature];
        int kept = p.lo;
        int moved = 0;
        for (int r = p.lo; r < p.hi; r++) {
            int i = rows[r];
            int c = codes[i];
            if (c < 0 ? p.missingLeft : c <= p.cut) {
                rows[kept++] = i;
            } else {
                scratch[moved++] = i;
            }
        }
        System.arraycopy(scratch, 0, rows, kept, moved);
        return kept;
    }

    private void allocate(int capacity) {
        feature = feature == null ? new int[capacity] : Arrays.copyOf(feature, capacity);
        threshold = threshold == null ? new double[capacity] : Arrays.copyOf(threshold, capacity);
        left = left == null ? new int[capacity] : Arrays.copyOf(left, capacity);
        right = right == null ? new int[capacity] : Arrays.copyOf(right, capacity);
        missingLeft = missingLeft == null ? new boolean[capacity] : Arrays.copyOf(missingLeft, capacity);
        cover = cover == null ? new double[capacity] : Arrays.copyOf(cover, capacity);
        samples = samples == null ? new int[capacity] : Arrays.copyOf(samples, capacity);
        impurity = impurity == null ? new double[capacity] : Arrays.copyOf(impurity, capacity);
        values = values == null ? new double[capacity * valueWidth] : Arrays.copyOf(values, capacity * valueWidth);
    }
}
