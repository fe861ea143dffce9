package dev.lathe.model.tree;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Finds the best split of one node, among a random draw of features: either the best cut of each feature
 * (CART, random forests) or one uniformly drawn threshold per feature (extra trees). For each feature the
 * node's rows are gathered into their bins, by a histogram when the feature has few bins compared with
 * the node's rows and by sorting otherwise, and the bins are scanned in order. Missing values are tried on
 * both sides. All scratch space is allocated once per tree. The absolute_error criterion, which needs the
 * rows themselves rather than sums, scans the node's rows sorted by bin and keeps the left child in
 * {@link WeightedMedians}.
 */
final class SplitFinder {

    private final TrainingData d;
    private final int width;
    private final int maxFeatures;
    private final int minLeaf;
    private final double minWeightLeaf;
    private final boolean randomCuts;
    private final SplittableRandom random;
    private final int[] features;
    private final double[] hist;
    private final int[] histRows;
    private final int[] groupCode;
    private final double[] groupWeight;
    private final int[] groupRows;
    private final double[] groupSums;
    private final long[] order;
    private final double[] left;
    private final double[] right;
    private final double[] missing;
    private final double[] leftWithMissing;
    private final double[] bestLeft;
    private final double[] bestRight;
    private final WeightedMedians medians;
    private double missingWeight;
    private int missingRows;

    SplitFinder(TrainingData d, int rows, int maxFeatures, int minLeaf, double minWeightLeaf, boolean randomCuts,
                SplittableRandom random) {
        this.d = d;
        this.width = d.width;
        this.maxFeatures = maxFeatures;
        this.minLeaf = minLeaf;
        this.minWeightLeaf = minWeightLeaf;
        this.randomCuts = randomCuts;
        this.random = random;
        int p = d.x.features();
        features = new int[p];
        Arrays.setAll(features, j -> j);
        int maxBins = 1;
        for (int j = 0; j < p; j++) {
            maxBins = Math.max(maxBins, d.x.bins(j));
        }
        hist = new double[maxBins * (width + 1)];
        histRows = new int[maxBins];
        int groups = Math.min(maxBins, rows);
        groupCode = new int[groups];
        groupWeight = new double[groups];
        groupRows = new int[groups];
        groupSums = new double[groups * width];
        order = new long[rows];
        left = new double[width];
        right = new double[width];
        missing = new double[width];
        leftWithMissing = new double[width];
        bestLeft = new double[width];
        bestRight = new double[width];
        medians = d.medians;
    }

    /**
     * Fills {@code out} with the best split of {@code rows[lo, hi)}, whose total weight and sums are given;
     * {@code out.feature} is -1 when no feature has a valid split. For absolute_error the node's rows must be
     * in the node tree of {@link TrainingData#medians}.
     */
    void find(int[] rows, int lo, int hi, double nodeWeight, double[] nodeSums, Split out) {
        out.feature = -1;
        out.proxy = Double.NEGATIVE_INFINITY;
        int p = features.length;
        int visited = 0;
        for (int k = 0; k < p && visited < maxFeatures; k++) {
            int pick = k + random.nextInt(p - k);
            int f = features[pick];
            features[pick] = features[k];
            features[k] = f;
            boolean varies = randomCuts ? randomCut(f, rows, lo, hi, nodeWeight, nodeSums, out)
                    : medians != null ? medianCut(f, rows, lo, hi, nodeWeight, nodeSums, out)
                    : bestCut(f, rows, lo, hi, nodeWeight, nodeSums, out);
            if (medians != null) {
                medians.clear(WeightedMedians.LEFT, rows, lo, hi);
                medians.clear(WeightedMedians.MISSING, rows, lo, hi);
            }
            if (varies) {
                visited++;
            }
        }
        if (out.feature >= 0 && medians == null) {
            double rightWeight = nodeWeight - out.leftWeight;
            out.leftImpurity = d.criterion.impurity(out.leftWeight, bestLeft, 0, width);
            out.rightImpurity = d.criterion.impurity(rightWeight, bestRight, 0, width);
            if (!out.sawMissing) {
                out.missingLeft = out.leftRows >= (hi - lo) - out.leftRows;
            }
        }
    }

    private boolean bestCut(int f, int[] rows, int lo, int hi, double nodeWeight, double[] nodeSums, Split out) {
        int groups = gather(f, rows, lo, hi);
        if (groups < 2) {
            return false;
        }
        Arrays.fill(left, 0);
        double leftWeight = 0;
        int leftRows = 0;
        int n = hi - lo;
        for (int g = 0; g < groups - 1; g++) {
            leftWeight += groupWeight[g];
            leftRows += groupRows[g];
            for (int s = 0; s < width; s++) {
                left[s] += groupSums[g * width + s];
            }
            consider(f, groupCode[g], groupCode[g + 1], leftWeight, leftRows, n, nodeWeight, nodeSums, out);
        }
        return true;
    }

    /**
     * The best cut of feature f for absolute_error: the node's rows sorted by bin move one by one into the
     * left child; each bin boundary is a candidate. The caller clears the left and missing trees.
     */
    private boolean medianCut(int f, int[] rows, int lo, int hi, double nodeWeight, double[] nodeSums, Split out) {
        int[] codes = d.x.codes[f];
        Arrays.fill(missing, 0);
        missingWeight = 0;
        missingRows = 0;
        int k = 0;
        for (int r = lo; r < hi; r++) {
            int i = rows[r];
            if (codes[i] < 0) {
                addMissing(i);
            } else {
                order[k++] = ((long) codes[i] << 32) | i;
            }
        }
        Arrays.sort(order, 0, k);
        if (k == 0 || order[0] >>> 32 == order[k - 1] >>> 32) {
            return false;
        }
        double leftWeight = 0;
        for (int q = 0; q < k - 1; q++) {
            int i = (int) order[q];
            medians.add(WeightedMedians.LEFT, i);
            leftWeight += d.weights[i];
            int code = (int) (order[q] >>> 32);
            int next = (int) (order[q + 1] >>> 32);
            if (next != code) {
                consider(f, code, next, leftWeight, q + 1, hi - lo, nodeWeight, nodeSums, out);
            }
        }
        return true;
    }

    private boolean randomCut(int f, int[] rows, int lo, int hi, double nodeWeight, double[] nodeSums, Split out) {
        int[] codes = d.x.codes[f];
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (int r = lo; r < hi; r++) {
            int c = codes[rows[r]];
            if (c >= 0) {
                min = Math.min(min, c);
                max = Math.max(max, c);
            }
        }
        if (max <= min) {
            return false;
        }
        double low = d.x.low(f, min);
        double high = d.x.high(f, max);
        double t = low + random.nextDouble() * (high - low);
        int cut = d.x.lastAtMost(f, t == high ? low : t, min, max - 1);
        Arrays.fill(left, 0);
        Arrays.fill(missing, 0);
        double leftWeight = 0;
        int leftRows = 0;
        int next = max;
        missingWeight = 0;
        missingRows = 0;
        for (int r = lo; r < hi; r++) {
            int i = rows[r];
            int c = codes[i];
            if (c < 0) {
                addMissing(i);
            } else if (c <= cut) {
                leftWeight += d.weights[i];
                leftRows++;
                add(left, i);
                if (medians != null) {
                    medians.add(WeightedMedians.LEFT, i);
                }
            } else if (c < next) {
                next = c;
            }
        }
        consider(f, cut, next, leftWeight, leftRows, hi - lo, nodeWeight, nodeSums, out);
        return true;
    }

    private void add(double[] target, int row) {
        int base = row * width;
        for (int s = 0; s < width; s++) {
            target[s] += d.sums[base + s];
        }
    }

    /** Tries the cut with missing values right, and left when there are any. */
    private void consider(int f, int cut, int next, double leftWeight, int leftRows, int n, double nodeWeight,
                          double[] nodeSums, Split out) {
        evaluate(f, cut, next, false, left, leftWeight, leftRows, n, nodeWeight, nodeSums, out);
        if (missingRows > 0) {
            for (int s = 0; s < width; s++) {
                leftWithMissing[s] = left[s] + missing[s];
            }
            evaluate(f, cut, next, true, leftWithMissing, leftWeight + missingWeight, leftRows + missingRows, n,
                    nodeWeight, nodeSums, out);
        }
    }

    private void evaluate(int f, int cut, int next, boolean missingLeft, double[] leftSums, double leftWeight, int leftRows,
                          int n, double nodeWeight, double[] nodeSums, Split out) {
        int rightRows = n - leftRows;
        double rightWeight = nodeWeight - leftWeight;
        if (leftRows < minLeaf || rightRows < minLeaf || leftWeight < minWeightLeaf || rightWeight < minWeightLeaf
                || leftWeight <= 0 || rightWeight <= 0) {
            return;
        }
        for (int s = 0; s < width; s++) {
            right[s] = nodeSums[s] - leftSums[s];
        }
        double leftImpurity = 0;
        double rightImpurity = 0;
        double proxy;
        if (medians != null) {
            double m = missingLeft ? 1 : 0;
            leftImpurity = medians.impurity(0, 1, m, null);
            rightImpurity = medians.impurity(1, -1, -m, null);
            proxy = -(leftWeight * leftImpurity + rightWeight * rightImpurity);
        } else {
            proxy = d.criterion.proxy(leftWeight, leftSums, 0, rightWeight, right, 0, width);
        }
        if (proxy > out.proxy) {
            out.leftImpurity = leftImpurity;
            out.rightImpurity = rightImpurity;
            out.proxy = proxy;
            out.feature = f;
            out.cut = cut;
            out.next = next;
            out.missingLeft = missingLeft;
            out.sawMissing = missingRows > 0;
            out.leftWeight = leftWeight;
            out.leftRows = leftRows;
            System.arraycopy(leftSums, 0, bestLeft, 0, width);
            System.arraycopy(right, 0, bestRight, 0, width);
        }
    }

    /** Gathers the node's rows of feature f into ascending bins (and the missing ones apart); returns the count. */
    private int gather(int f, int[] rows, int lo, int hi) {
        int[] codes = d.x.codes[f];
        Arrays.fill(missing, 0);
        missingWeight = 0;
        missingRows = 0;
        int n = hi - lo;
        if (d.x.bins(f) <= 4L * n) {
            return gatherByHistogram(codes, rows, lo, hi);
        }
        int k = 0;
        for (int r = lo; r < hi; r++) {
            int i = rows[r];
            int c = codes[i];
            if (c < 0) {
                addMissing(i);
            } else {
                order[k++] = ((long) c << 32) | i;
            }
        }
        Arrays.sort(order, 0, k);
        int groups = 0;
        int previous = -1;
        for (int q = 0; q < k; q++) {
            int c = (int) (order[q] >>> 32);
            int i = (int) order[q];
            if (c != previous) {
                groupCode[groups] = c;
                groupWeight[groups] = 0;
                groupRows[groups] = 0;
                for (int s = 0; s < width; s++) {
                    groupSums[groups * width + s] = 0;
                }
                groups++;
                previous = c;
            }
            int g = groups - 1;
            groupWeight[g] += d.weights[i];
            groupRows[g]++;
            int base = i * width;
            for (int s = 0; s < width; s++) {
                groupSums[g * width + s] += d.sums[base + s];
            }
        }
        return groups;
    }

    private int gatherByHistogram(int[] codes, int[] rows, int lo, int hi) {
        int min = Integer.MAX_VALUE;
        int max = -1;
        double[] packed = d.packed;
        double[] weights = d.weights;
        int[] labels = d.labels;
        int stride = width + 1;
        for (int r = lo; r < hi; r++) {
            int i = rows[r];
            int c = codes[i];
            if (c < 0) {
                addMissing(i);
                continue;
            }
            histRows[c]++;
            int to = c * stride;
            if (labels != null) {
                hist[to + 1 + labels[i]] += weights[i];
            } else {
                int from = i * stride;
                for (int s = 0; s < stride; s++) {
                    hist[to + s] += packed[from + s];
                }
            }
            if (c < min) {
                min = c;
            }
            if (c > max) {
                max = c;
            }
        }
        int groups = 0;
        for (int c = min; c <= max; c++) {
            if (histRows[c] == 0) {
                continue;
            }
            int at = c * stride;
            groupCode[groups] = c;
            groupRows[groups] = histRows[c];
            double weight = 0;
            for (int s = 0; s < width; s++) {
                double v = hist[at + 1 + s];
                groupSums[groups * width + s] = v;
                weight += v;
                hist[at + 1 + s] = 0;
            }
            // classification adds only class sums, whose total is the weight
            groupWeight[groups] = labels != null ? weight : hist[at];
            hist[at] = 0;
            histRows[c] = 0;
            groups++;
        }
        return groups;
    }

    private void addMissing(int row) {
        missingWeight += d.weights[row];
        missingRows++;
        add(missing, row);
        if (medians != null) {
            medians.add(WeightedMedians.MISSING, row);
        }
    }
}
