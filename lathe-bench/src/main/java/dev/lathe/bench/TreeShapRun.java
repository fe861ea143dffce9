package dev.lathe.bench;

import dev.lathe.explain.Explanation;
import dev.lathe.explain.TreeShap;
import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.model.ensemble.GradientBoostingClassifier;
import dev.lathe.model.tree.TreeStructure;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * TreeSHAP speed against {@code lathe-bench/peers/treeshap_peer.py} (XGBoost's {@code pred_contribs}): fits
 * the booster on {@code clf500k_train.csv} with 100 trees of at most 31 leaves (leaf-wise, no depth limit, as
 * the peer's lossguide trees), then times exact path-dependent TreeSHAP of the first 10,000 rows of the same
 * file, from the Frame (feature extraction timed, as the peer's DMatrix construction is). Median of 5 after 2
 * warm-up calls; prints one JSON line with the times, the tree shape, the mean |SHAP| and the largest
 * additivity error.
 *
 * <p>Usage: {@code java -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.TreeShapRun DATA_DIR}
 */
public final class TreeShapRun {

    private TreeShapRun() {
    }

    /** Runs the measurement; argument: the data folder (default /tmp/lathe-bench). */
    public static void main(String[] args) throws Exception {
        String dir = args.length > 0 ? args[0] : "/tmp/lathe-bench";
        Frame train = CsvReader.read(Path.of(dir, "clf500k_train.csv"));
        int[] first = new int[Math.min(10_000, train.rowCount())];
        Arrays.setAll(first, i -> i);
        Frame x = train.drop("y").take(first);
        GradientBoostingClassifier.Fitted m = ((GradientBoostingClassifier) new GradientBoostingClassifier()
                .withParams(Map.of("max_iter", 100, "max_leaf_nodes", 31, "learning_rate", 0.1, "max_bins", 255)))
                .fit(train.drop("y"), train.column("y"));
        for (int k = 0; k < 2; k++) {
            TreeShap.of(m).explain(x);
        }
        double[] seconds = new double[5];
        Explanation e = null;
        for (int k = 0; k < seconds.length; k++) {
            long t = System.nanoTime();
            e = TreeShap.of(m).explain(x);
            seconds[k] = (System.nanoTime() - t) / 1e9;
        }
        long leaves = 0;
        for (TreeStructure tree : m.trees()) {
            for (int node = 0; node < tree.nodeCount(); node++) {
                leaves += tree.isLeaf(node) ? 1 : 0;
            }
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double meanAbs = Arrays.stream(e.importance(0)).sum();
        System.out.printf(Locale.ROOT, "{\"case\": \"treeshap\", \"tool\": \"lathe.TreeShap\", \"rows\": %d, "
                        + "\"median_seconds\": %.4f, \"all_seconds\": %s, \"trees\": %d, \"leaves\": %d, "
                        + "\"sum_mean_abs_shap\": %.6f, \"additivity_error\": %.3g}%n",
                first.length, sorted[sorted.length / 2], Arrays.toString(seconds), m.trees().size(), leaves, meanAbs,
                e.additivityError());
    }
}
