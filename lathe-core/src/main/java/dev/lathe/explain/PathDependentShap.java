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

    private final CompiledTrees trees;
    private final int stride;
    private final int[] pathFeature;
    private final double[] pathZero;
    private final double[] pathOne;
    private final double[] pathWeight;
    private double[] row;
    private double[] phi;
    private int tree;
    private int conditionFeature;
    private int condition;

    PathDependentShap(CompiledTrees trees) {
        this.trees = trees;
        this.stride = trees.maxDepth + 2;
        int size = stride * (trees.maxDepth + 2);
        pathFeature = new int[size];
        pathZero = new double[size];
        pathOne = new double[size];
        pathWeight = new double[size];
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
            int p = s - stride;
            System.arraycopy(pathFeature, p, pathFeature, s, length);
            System.arraycopy(pathZero, p, pathZero, s, length);
            System.arraycopy(pathOne, p, pathOne, s, length);
            System.arraycopy(pathWeight, p, pathWeight, s, length);
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
            if (pathFeature[s + k] == split) {
                incomingZero = pathZero[s + k];
                incomingOne = pathOne[s + k];
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

    private void addLeaf(int node, int s, int last, double share) {
        int at = trees.valueAt[node];
        int width = trees.width[tree];
        int first = trees.firstOutput[tree];
        int p = trees.features;
        for (int i = 1; i <= last; i++) {
            double scale = unwoundSum(s, last, i) * (pathOne[s + i] - pathZero[s + i]) * share;
            int f = pathFeature[s + i];
            for (int k = 0; k < width; k++) {
                phi[(first + k) * p + f] += scale * trees.values[at + k];
            }
        }
    }

    /** Appends a feature with its zero and one fractions to the path of {@code length} elements at {@code s}. */
    private void extend(int s, int length, double zero, double one, int feature) {
        pathFeature[s + length] = feature;
        pathZero[s + length] = zero;
        pathOne[s + length] = one;
        pathWeight[s + length] = length == 0 ? 1 : 0;
        double n = length + 1;
        for (int i = length - 1; i >= 0; i--) {
            pathWeight[s + i + 1] += one * pathWeight[s + i] * (i + 1) / n;
            pathWeight[s + i] = zero * pathWeight[s + i] * (length - i) / n;
        }
    }

    /** Removes element {@code k} from the path whose last element is at index {@code last}. */
    private void unwind(int s, int last, int k) {
        double one = pathOne[s + k];
        double zero = pathZero[s + k];
        double next = pathWeight[s + last];
        double n = last + 1;
        for (int i = last - 1; i >= 0; i--) {
            if (one != 0) {
                double w = pathWeight[s + i];
                pathWeight[s + i] = next * n / ((i + 1) * one);
                next = w - pathWeight[s + i] * zero * (last - i) / n;
            } else {
                pathWeight[s + i] = pathWeight[s + i] * n / (zero * (last - i));
            }
        }
        for (int i = k; i < last; i++) {
            pathFeature[s + i] = pathFeature[s + i + 1];
            pathZero[s + i] = pathZero[s + i + 1];
            pathOne[s + i] = pathOne[s + i + 1];
        }
    }

    /** The total permutation weight the path would have without element {@code k} (the path is unchanged). */
    private double unwoundSum(int s, int last, int k) {
        double one = pathOne[s + k];
        double zero = pathZero[s + k];
        double next = pathWeight[s + last];
        double n = last + 1;
        double total = 0;
        for (int i = last - 1; i >= 0; i--) {
            if (one != 0) {
                double w = next * n / ((i + 1) * one);
                total += w;
                next = pathWeight[s + i] - w * zero * (last - i) / n;
            } else {
                total += pathWeight[s + i] * n / (zero * (last - i));
            }
        }
        return total;
    }
}
