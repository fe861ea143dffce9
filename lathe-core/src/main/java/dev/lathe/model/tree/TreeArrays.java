package dev.lathe.model.tree;

import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Saves a list of trees as one set of concatenated arrays in a model step (so a forest of hundreds of
 * trees is a handful of entries), and reads them back with every index checked.
 */
public final class TreeArrays {

    private TreeArrays() {
    }

    /** Writes {@code trees} (all with the same feature names and value width) into {@code out}. */
    public static void save(StepWriter out, List<Tree> trees) {
        int total = 0;
        int[] sizes = new int[trees.size()];
        for (int t = 0; t < sizes.length; t++) {
            sizes[t] = trees.get(t).nodeCount();
            total += sizes[t];
        }
        Tree first = trees.get(0);
        int width = first.valueWidth();
        int[] feature = new int[total];
        double[] threshold = new double[total];
        int[] left = new int[total];
        int[] right = new int[total];
        int[] missingLeft = new int[total];
        double[] cover = new double[total];
        int[] samples = new int[total];
        double[] impurity = new double[total];
        double[] values = new double[total * width];
        int at = 0;
        for (Tree tree : trees) {
            for (int i = 0; i < tree.nodeCount(); i++, at++) {
                feature[at] = tree.feature(i);
                threshold[at] = tree.threshold(i);
                left[at] = tree.left(i);
                right[at] = tree.right(i);
                missingLeft[at] = tree.missingGoesLeft(i) ? 1 : 0;
                cover[at] = tree.cover(i);
                samples[at] = tree.samples(i);
                impurity[at] = tree.impurity(i);
                for (int k = 0; k < width; k++) {
                    values[at * width + k] = tree.value(i, k);
                }
            }
        }
        out.put("feature_names", first.featureNames());
        out.put("value_width", width);
        out.ints("tree_sizes", sizes);
        out.ints("feature", feature);
        out.doubles("threshold", threshold);
        out.ints("left", left);
        out.ints("right", right);
        out.ints("missing_left", missingLeft);
        out.doubles("cover", cover);
        out.ints("samples", samples);
        out.doubles("impurity", impurity);
        out.doubles("values", values);
    }

    /** Reads what {@link #save} wrote; a model-file error when the arrays disagree. */
    public static List<Tree> load(StepReader in) {
        List<String> names = in.getStrings("feature_names");
        int width = in.getInt("value_width");
        int[] sizes = in.ints("tree_sizes");
        long total = Arrays.stream(sizes).asLongStream().sum();
        if (sizes.length == 0 || width < 1 || total > Integer.MAX_VALUE / Math.max(1, width)
                || Arrays.stream(sizes).anyMatch(s -> s < 1)) {
            throw in.fail("has invalid tree sizes");
        }
        int n = (int) total;
        int[] feature = exact(in, in.ints("feature"), n, "feature");
        double[] threshold = in.doubles("threshold", n);
        int[] left = exact(in, in.ints("left"), n, "left");
        int[] right = exact(in, in.ints("right"), n, "right");
        int[] missing = exact(in, in.ints("missing_left"), n, "missing_left");
        double[] cover = in.doubles("cover", n);
        int[] samples = exact(in, in.ints("samples"), n, "samples");
        double[] impurity = in.doubles("impurity", n);
        double[] values = in.doubles("values", n * width);
        List<Tree> trees = new ArrayList<>(sizes.length);
        int at = 0;
        for (int size : sizes) {
            int to = at + size;
            boolean[] m = new boolean[size];
            for (int i = 0; i < size; i++) {
                m[i] = missing[at + i] != 0;
            }
            try {
                trees.add(new Tree(Arrays.copyOfRange(feature, at, to), Arrays.copyOfRange(threshold, at, to),
                        Arrays.copyOfRange(left, at, to), Arrays.copyOfRange(right, at, to), m,
                        Arrays.copyOfRange(cover, at, to), Arrays.copyOfRange(samples, at, to),
                        Arrays.copyOfRange(impurity, at, to), Arrays.copyOfRange(values, at * width, to * width),
                        width, names));
            } catch (IllegalArgumentException e) {
                throw in.fail("tree " + trees.size() + ": " + e.getMessage());
            }
            at = to;
        }
        return trees;
    }

    private static int[] exact(StepReader in, int[] v, int n, String name) {
        if (v.length != n) {
            throw in.fail("array '" + name + "' holds " + v.length + " values, expected " + n);
        }
        return v;
    }
}
