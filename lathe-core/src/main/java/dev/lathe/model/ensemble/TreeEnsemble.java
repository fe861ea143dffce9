package dev.lathe.model.ensemble;

import dev.lathe.model.tree.TreeStructure;
import dev.lathe.parallel.Parallelism;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The fitted trees of a boosting run and its base scores: raw score k of a row is {@code base[k]} plus
 * the values of trees k, k + K, k + 2K, ... (K = {@link #outputs()}). Scores rows in fixed chunks in
 * parallel, so results do not depend on the number of threads.
 */
final class TreeEnsemble {

    private static final int CHUNK = 4096;

    private final List<String> featureNames;
    private final double[] base;
    private final List<BoostedTree> trees;

    TreeEnsemble(List<String> featureNames, double[] base, List<BoostedTree> trees) {
        if (base.length == 0 || trees.size() % base.length != 0) {
            throw new IllegalArgumentException(trees.size() + " trees do not divide into " + base.length + " outputs");
        }
        this.featureNames = List.copyOf(featureNames);
        this.base = base.clone();
        this.trees = List.copyOf(trees);
    }

    List<String> featureNames() {
        return featureNames;
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

    /** Number of boosting iterations (trees per output). */
    int iterations() {
        return trees.size() / base.length;
    }

    /** Raw scores {@code result[k][row]} of column-major {@code x} after the first {@code iterations}. */
    double[][] raw(double[][] x, int iterations) {
        int n = x[0].length;
        int k = base.length;
        double[][] out = new double[k][n];
        for (int o = 0; o < k; o++) {
            java.util.Arrays.fill(out[o], base[o]);
        }
        int chunks = (n + CHUNK - 1) / CHUNK;
        int used = iterations * k;
        Parallelism.forEachIndex(chunks, c -> {
            int from = c * CHUNK;
            int to = Math.min(n, from + CHUNK);
            for (int t = 0; t < used; t++) {
                trees.get(t).addTo(x, out[t % k], from, to);
            }
        });
        return out;
    }

    /** Writes the ensemble's parameters and arrays into {@code out}. */
    void save(StepWriter out) {
        out.put("features", featureNames);
        out.doubles("base", base);
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
            }
            at += n;
        }
        out.ints("tree_sizes", sizes).ints("feature", feature).doubles("threshold", threshold).ints("left", left)
                .ints("right", right).ints("missing_left", missingLeft).doubles("value", value)
                .doubles("cover", cover);
    }

    /** Reads what {@link #save} wrote; inconsistent arrays fail with a clear message. */
    static TreeEnsemble load(StepReader in) {
        List<String> names = in.getStrings("features");
        double[] base = in.doubles("base");
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
        List<BoostedTree> trees = new ArrayList<>(sizes.length);
        int at = 0;
        for (int size : sizes) {
            boolean[] ml = new boolean[size];
            for (int i = 0; i < size; i++) {
                ml[i] = missingLeft[at + i] != 0;
            }
            trees.add(new BoostedTree(slice(feature, at, size), java.util.Arrays.copyOfRange(threshold, at, at + size),
                    slice(left, at, size), slice(right, at, size), ml,
                    java.util.Arrays.copyOfRange(value, at, at + size),
                    java.util.Arrays.copyOfRange(cover, at, at + size), List.copyOf(names)));
            at += size;
        }
        return new TreeEnsemble(names, base, trees);
    }

    private static int[] exact(StepReader in, int[] a, int n, String name) {
        if (a.length != n) {
            throw in.fail("array '" + name + "' holds " + a.length + " values, expected " + n);
        }
        return a;
    }

    private static int[] slice(int[] a, int from, int size) {
        return java.util.Arrays.copyOfRange(a, from, from + size);
    }
}
