package dev.lathe.explain;

/**
 * Exact path-dependent TreeSHAP (Lundberg, Erion and Lee 2018, "Consistent individualized feature
 * attribution for tree ensembles", Algorithm 2): one walk down each tree keeps, for every feature on the
 * path to the current node, the fraction of coalitions that reach it with and without that feature, and
 * the permutation weights of the coalition sizes; at a leaf each feature's share follows by undoing its
 * extension. Time O(leaves x depth^2) per tree and row. With a conditioning feature, the walk treats that
 * feature as always present (or always absent) instead of as a player, which gives SHAP interaction values.
 *
 * <p>An instance is a workspace for one thread: it holds the path arrays and is reused row after row.
 */
final class PathDependentShap {

    /** Marks a child call whose split feature is the conditioning feature, which never joins the path. */
    private static final int SKIP = -2;

    /** Doubles per path element: feature, zero fraction, one fraction, permutation weight. */
    private static final int E = 4;

    private final CompiledTrees trees;
    private final int stride;
    /** The path of each recursion level, {@link #E} doubles per element; level L starts at L * stride. */
    private final double[] path;
    /** {@code inverse[i] = 1.0 / i}, so that the inner loops multiply instead of dividing. */
    private final double[] inverse;
    /** Workspace of {@link #addLeaf}: per followed feature, its path index, n / one, zero / n, recurrence, sum. */
    private final int[] hotIndex;
    private final double[] hotScale;
    private final double[] hotZero;
    private final double[] hotNext;
    private final double[] hotTotal;
    private double[] row;
    private double[] phi;
    private int tree;
    private int conditionFeature;
    private int condition;

    PathDependentShap(CompiledTrees trees) {
        this.trees = trees;
        int elements = trees.maxDepth + 2;
        this.stride = E * elements;
        path = new double[stride * (trees.maxDepth + 2)];
        inverse = new double[elements + 2];
        hotIndex = new int[elements];
        hotScale = new double[elements];
        hotZero = new double[elements];
        hotNext = new double[elements];
        hotTotal = new double[elements];
        for (int i = 1; i < inverse.length; i++) {
            inverse[i] = 1.0 / i;
        }
    }

    /**
     * Adds the SHAP values of {@code row} to {@code phi[k * features + j]} (output k, feature j).
     *
     * @param row              feature values in feature order, NaN for missing
     * @param conditionFeature a feature held present or absent, or -1 for none
     * @param condition        1: the conditioning feature is always present; -1: always absent; 0: none
     */
    void add(double[] row, double[] phi, int conditionFeature, int condition) {
        this.row = row;
        this.phi = phi;
        this.conditionFeature = conditionFeature;
        this.condition = condition;
        for (int t = 0; t < trees.trees(); t++) {
            tree = t;
            walk(trees.root[t], 0, 0, 1, 1, -1, 1);
        }
    }

    private void walk(int node, int level, int parentLength, double zero, double one, int feature, double share) {
        int s = level * stride;
        int length = parentLength;
        if (level > 0) {
            System.arraycopy(path, s - stride, path, s, E * length);
        }
        if (feature != SKIP) {
            extend(s, length, zero, one, feature);
            length++;
        }
        if (trees.leaf(node)) {
            addLeaf(node, s, length - 1, share);
            return;
        }
        int split = trees.feature[node];
        int hot = trees.child(node, row[split]);
        int cold = hot == trees.left[node] ? trees.right[node] : trees.left[node];
        double hotZero = trees.fraction[hot];
        double coldZero = trees.fraction[cold];
        double incomingZero = 1;
        double incomingOne = 1;
        for (int k = 1; k < length; k++) {
            int a = s + E * k;
            if (path[a] == split) {
                incomingZero = path[a + 1];
                incomingOne = path[a + 2];
                unwind(s, length - 1, k);
                length--;
                break;
            }
        }
        int childFeature = split;
        double hotShare = share;
        double coldShare = share;
        if (condition != 0 && split == conditionFeature) {
            childFeature = SKIP;
            if (condition > 0) {
                coldShare = 0;
            } else {
                hotShare *= hotZero;
                coldShare *= coldZero;
            }
        }
        boolean conditioned = childFeature == SKIP;
        if (hotShare != 0 && (conditioned || hotZero * incomingZero != 0 || incomingOne != 0)) {
            walk(hot, level + 1, length, hotZero * incomingZero, incomingOne, childFeature, hotShare);
        }
        if (coldShare != 0 && (conditioned || coldZero * incomingZero != 0)) {
            walk(cold, level + 1, length, coldZero * incomingZero, 0, childFeature, coldShare);
        }
    }

    /**
     * Adds every path feature's share of the leaf's value. A feature's share is its unwound path weight (the
     * total weight the path would have without it) times (one fraction - zero fraction). For a feature the row
     * does not follow (one fraction 0), the unwound weight is {@code (n / zero) sum_i w_i / (last - i)}, so its
     * share is the same for all such features and costs one shared sum; for the features the row follows, the
     * unwinding recurrences are independent and run side by side, which keeps the processor busy instead of
     * waiting on one chain of multiplications.
     */
    private void addLeaf(int node, int s, int last, double share) {
        double n = last + 1;
        double coldSum = 0;
        int hot = 0;
        for (int i = 0; i < last; i++) {
            coldSum += path[s + E * i + 3] * inverse[last - i];
        }
        for (int k = 1; k <= last; k++) {
            int a = s + E * k;
            if (path[a + 2] != 0) {
                hotIndex[hot] = k;
                hotScale[hot] = n / path[a + 2];
                hotZero[hot] = path[a + 1] * inverse[last + 1];
                hotNext[hot] = path[s + E * last + 3];
                hotTotal[hot] = 0;
                hot++;
            }
        }
        for (int i = last - 1; i >= 0; i--) {
            double weight = path[s + E * i + 3];
            double up = inverse[i + 1];
            double down = last - i;
            for (int h = 0; h < hot; h++) {
                double w = hotNext[h] * hotScale[h] * up;
                hotTotal[h] += w;
                hotNext[h] = weight - w * hotZero[h] * down;
            }
        }
        int at = trees.valueAt[node];
        int width = trees.width[tree];
        int first = trees.firstOutput[tree];
        int p = trees.features;
        double cold = -n * coldSum * share;
        int h = 0;
        for (int k = 1; k <= last; k++) {
            int a = s + E * k;
            double scale;
            if (h < hot && hotIndex[h] == k) {
                scale = hotTotal[h] * (path[a + 2] - path[a + 1]) * share;
                h++;
            } else {
                scale = cold;
            }
            int f = (int) path[a];
            for (int o = 0; o < width; o++) {
                phi[(first + o) * p + f] += scale * trees.values[at + o];
            }
        }
    }

    /** Appends a feature with its zero and one fractions to the path of {@code length} elements at {@code s}. */
    private void extend(int s, int length, double zero, double one, int feature) {
        int e = s + E * length;
        path[e] = feature;
        path[e + 1] = zero;
        path[e + 2] = one;
        path[e + 3] = length == 0 ? 1 : 0;
        double invN = inverse[length + 1];
        for (int i = length - 1; i >= 0; i--) {
            int w = s + E * i + 3;
            double weight = path[w];
            path[w + E] += one * weight * (i + 1) * invN;
            path[w] = zero * weight * (length - i) * invN;
        }
    }

    /** Removes element {@code k} from the path whose last element is at index {@code last}. */
    private void unwind(int s, int last, int k) {
        double zero = path[s + E * k + 1];
        double one = path[s + E * k + 2];
        double n = last + 1;
        if (one != 0) {
            double next = path[s + E * last + 3];
            double nOverOne = n / one;
            double zeroOverN = zero * inverse[last + 1];
            for (int i = last - 1; i >= 0; i--) {
                int w = s + E * i + 3;
                double weight = path[w];
                double unwound = next * nOverOne * inverse[i + 1];
                path[w] = unwound;
                next = weight - unwound * zeroOverN * (last - i);
            }
        } else {
            double nOverZero = n / zero;
            for (int i = last - 1; i >= 0; i--) {
                int w = s + E * i + 3;
                path[w] = path[w] * nOverZero * inverse[last - i];
            }
        }
        for (int i = k; i < last; i++) {
            int a = s + E * i;
            path[a] = path[a + E];
            path[a + 1] = path[a + E + 1];
            path[a + 2] = path[a + E + 2];
        }
    }
}
