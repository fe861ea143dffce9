package dev.lathe.model.ensemble;

import dev.lathe.frame.Frame;
import dev.lathe.model.tree.AdditiveTrees;
import dev.lathe.model.tree.TreeStructure;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The fitted trees of a boosting run, its base scores, how it reads features and, when it was validated
 * while fitting, the validation loss per iteration: raw score k of a row is {@code base[k]} plus the
 * values of trees k, k + K, k + 2K, ... (K = {@link #outputs()}). Scoring goes through a {@link FlatForest}.
 */
final class TreeEnsemble {

    private final BoostingFeatures features;
    private final double[] base;
    private final List<BoostedTree> trees;
    private final double[] validationScores;
    private final FlatForest forest;

    /** {@code validationScores[i]}: mean validation loss after i iterations; empty when not validated. */
    TreeEnsemble(BoostingFeatures features, double[] base, List<BoostedTree> trees, double[] validationScores) {
        if (base.length == 0 || trees.size() % base.length != 0) {
            throw new IllegalArgumentException(trees.size() + " trees do not divide into " + base.length + " outputs");
        }
        this.features = features;
        this.base = base.clone();
        this.trees = List.copyOf(trees);
        this.validationScores = validationScores.clone();
        this.forest = new FlatForest(this.trees);
    }

    List<String> featureNames() {
        return features.names();
    }

    int outputs() {
        return base.length;
    }

    double[] base() {
        return base.clone();
    }

    List<TreeStructure> trees() {
        return Collections.unmodifiableList(trees);
    }

    /** The ensemble as a sum of trees: tree t adds to output t mod K, on top of the base scores. */
    AdditiveTrees additive(List<String> outputs) {
        int[] outputOf = new int[trees.size()];
        for (int t = 0; t < outputOf.length; t++) {
            outputOf[t] = t % base.length;
        }
        return new AdditiveTrees(List.copyOf(trees), outputOf, 1, base, outputs, features.names());
    }

    /** The rows of {@code x} as the trees read them (see {@link BoostingFeatures#matrix}). */
    double[][] inputs(Frame x) {
        return features.matrix(x);
    }

    /** Number of boosting iterations (trees per output). */
    int iterations() {
        return trees.size() / base.length;
    }

    /** The validation loss after 0, 1, ... iterations; empty when the fit was not validated. */
    double[] validationScores() {
        return validationScores.clone();
    }

    /** The iteration count with the least validation loss (the first such); all iterations when not validated. */
    int bestIteration() {
        int best = iterations();
        for (int i = 0; i < validationScores.length; i++) {
            if (i == 0 || validationScores[i] < validationScores[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Raw scores {@code result[k][row]} of the rows of {@code x} after the first {@code iterations}. */
    double[][] raw(Frame x, int iterations) {
        if (iterations < 0 || iterations > iterations()) {
            throw new IllegalArgumentException("iterations must be in [0, " + iterations() + "], got " + iterations);
        }
        double[][] columns = features.matrix(x);
        int n = columns[0].length;
        double[][] out = new double[base.length][n];
        for (int o = 0; o < base.length; o++) {
            Arrays.fill(out[o], base[o]);
        }
        forest.addTo(columns, iterations * base.length, out);
        return out;
    }

    /** Writes the ensemble's parameters and arrays into {@code out}. */
    void save(StepWriter out) {
        features.save(out);
        out.doubles("base", base);
        if (validationScores.length > 0) {
            out.put("validated", true).doubles("validation_scores", validationScores);
        }
        int[] sizes = new int[trees.size()];
        int total = 0;
        for (int t = 0; t < sizes.length; t++) {
            sizes[t] = trees.get(t).nodeCount();
            total += sizes[t];
        }
        int[] feature = new int[total];
        double[] threshold = new double[total];
        int[] left = new int[total];
        int[] right = new int[total];
        int[] missingLeft = new int[total];
        int[] categorySizes = new int[total];
        IntStream.Builder codes = IntStream.builder();
        double[] value = new double[total];
        double[] cover = new double[total];
        int at = 0;
        for (BoostedTree tree : trees) {
            int n = tree.nodeCount();
            System.arraycopy(tree.features(), 0, feature, at, n);
            System.arraycopy(tree.thresholds(), 0, threshold, at, n);
            System.arraycopy(tree.lefts(), 0, left, at, n);
            System.arraycopy(tree.rights(), 0, right, at, n);
            System.arraycopy(tree.values(), 0, value, at, n);
            System.arraycopy(tree.covers(), 0, cover, at, n);
            for (int i = 0; i < n; i++) {
                missingLeft[at + i] = tree.missingLefts()[i] ? 1 : 0;
                BitSet set = tree.categoricalSplit(i) ? tree.leftCategories(i) : null;
                categorySizes[at + i] = set == null ? -1 : set.cardinality();
                if (set != null) {
                    set.stream().forEach(codes::accept);
                }
            }
            at += n;
        }
        out.ints("tree_sizes", sizes).ints("feature", feature).doubles("threshold", threshold).ints("left", left)
                .ints("right", right).ints("missing_left", missingLeft).doubles("value", value)
                .doubles("cover", cover).put("category_sets", true).ints("category_sizes", categorySizes)
                .ints("category_codes", codes.build().toArray());
    }

    /** Reads what {@link #save} wrote; inconsistent arrays fail with a clear message. */
    static TreeEnsemble load(StepReader in) {
        BoostingFeatures features = BoostingFeatures.load(in);
        double[] base = in.doubles("base");
        double[] scores = in.has("validated") && in.getBoolean("validated") ? in.doubles("validation_scores") : new double[0];
        int[] sizes = in.ints("tree_sizes");
        long total = 0;
        for (int s : sizes) {
            if (s < 1) {
                throw in.fail("has a tree with " + s + " nodes");
            }
            total += s;
        }
        if (total > Integer.MAX_VALUE) {
            throw in.fail("has too many tree nodes");
        }
        int n = (int) total;
        int[] feature = exact(in, in.ints("feature"), n, "feature");
        double[] threshold = in.doubles("threshold", n);
        int[] left = exact(in, in.ints("left"), n, "left");
        int[] right = exact(in, in.ints("right"), n, "right");
        int[] missingLeft = exact(in, in.ints("missing_left"), n, "missing_left");
        double[] value = in.doubles("value", n);
        double[] cover = in.doubles("cover", n);
        BitSet[] categories = categories(in, features, feature, n);
        List<BoostedTree> trees = new ArrayList<>(sizes.length);
        int at = 0;
        for (int size : sizes) {
            boolean[] ml = new boolean[size];
            for (int i = 0; i < size; i++) {
                ml[i] = missingLeft[at + i] != 0;
            }
            trees.add(new BoostedTree(slice(feature, at, size), Arrays.copyOfRange(threshold, at, at + size),
                    slice(left, at, size), slice(right, at, size), ml, Arrays.copyOfRange(categories, at, at + size),
                    Arrays.copyOfRange(value, at, at + size), Arrays.copyOfRange(cover, at, at + size),
                    features.names()));
            at += size;
        }
        return new TreeEnsemble(features, base, trees, scores);
    }

    /** The left category sets per node (null at numeric splits and leaves); files without them have none. */
    private static BitSet[] categories(StepReader in, BoostingFeatures features, int[] feature, int n) {
        BitSet[] out = new BitSet[n];
        if (!in.has("category_sets") || !in.getBoolean("category_sets")) {
            return out;
        }
        int[] sizes = exact(in, in.ints("category_sizes"), n, "category_sizes");
        int[] codes = in.ints("category_codes");
        int at = 0;
        for (int i = 0; i < n; i++) {
            if (sizes[i] < 0) {
                continue;
            }
            List<String> levels = feature[i] >= 0 && feature[i] < features.names().size()
                    ? features.levels(feature[i]) : null;
            if (levels == null || at + sizes[i] > codes.length) {
                throw in.fail("has a categorical split at node " + i + " on a feature without levels or codes");
            }
            out[i] = new BitSet(levels.size());
            for (int c = at; c < at + sizes[i]; c++) {
                if (codes[c] < 0 || codes[c] >= levels.size()) {
                    throw in.fail("has category code " + codes[c] + " outside the " + levels.size() + " levels of '"
                            + features.names().get(feature[i]) + "'");
                }
                out[i].set(codes[c]);
            }
            at += sizes[i];
        }
        if (at != codes.length) {
            throw in.fail("array 'category_codes' holds " + codes.length + " values, expected " + at);
        }
        return out;
    }

    private static int[] exact(StepReader in, int[] a, int n, String name) {
        if (a.length != n) {
            throw in.fail("array '" + name + "' holds " + a.length + " values, expected " + n);
        }
        return a;
    }

    private static int[] slice(int[] a, int from, int size) {
        return Arrays.copyOfRange(a, from, from + size);
    }
}
