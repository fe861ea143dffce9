package dev.lathe.bench;

import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.model.ensemble.GradientBoostingClassifier;
import dev.lathe.model.tree.TreeStructure;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Prediction speed against {@code lathe-bench/peers/predict_peer.py}: fits the booster on
 * {@code clf500k_train.csv} with 100 trees of max_depth 8 (max_leaf_nodes 256, so depth is the only limit,
 * as in XGBoost's depth-wise trees), then times {@code predictProba} on the first 100,000 rows of
 * {@code clf500k_test.csv}, from the Frame (feature extraction timed, as the peer's DMatrix conversion is).
 * Best of 5 after 3 warm-up calls; prints one JSON line with the time, the number of leaves and a checksum.
 *
 * <p>Usage: {@code java -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.PredictRun DATA_DIR}
 */
public final class PredictRun {

    private PredictRun() {
    }

    /** Runs the measurement; argument: the data folder (default /tmp/lathe-bench). */
    public static void main(String[] args) throws Exception {
        String dir = args.length > 0 ? args[0] : "/tmp/lathe-bench";
        Frame train = CsvReader.read(Path.of(dir, "clf500k_train.csv"));
        Frame test = CsvReader.read(Path.of(dir, "clf500k_test.csv"));
        int[] first = new int[Math.min(100_000, test.rowCount())];
        Arrays.setAll(first, i -> i);
        Frame x = test.drop("y").take(first);
        GradientBoostingClassifier.Fitted m = ((GradientBoostingClassifier) new GradientBoostingClassifier()
                .withParams(Map.of("max_iter", 100, "max_depth", 8, "max_leaf_nodes", 256, "learning_rate", 0.1,
                        "max_bins", 255))).fit(train.drop("y"), train.column("y"));
        for (int k = 0; k < 3; k++) {
            m.predictProba(x);
        }
        double[] seconds = new double[5];
        double[][] p = null;
        for (int k = 0; k < seconds.length; k++) {
            long t = System.nanoTime();
            p = m.predictProba(x);
            seconds[k] = (System.nanoTime() - t) / 1e9;
        }
        long leaves = 0;
        for (TreeStructure tree : m.trees()) {
            for (int node = 0; node < tree.nodeCount(); node++) {
                leaves += tree.isLeaf(node) ? 1 : 0;
            }
        }
        double mean = Arrays.stream(p).mapToDouble(r -> r[1]).average().orElse(Double.NaN);
        System.out.printf(Locale.ROOT, "{\"case\": \"predict\", \"tool\": \"lathe.GradientBoostingClassifier\", "
                        + "\"rows\": %d, \"best_seconds\": %.4f, \"all_seconds\": %s, \"leaves\": %d, \"mean_p\": %.6f}%n",
                first.length, Arrays.stream(seconds).min().orElseThrow(), Arrays.toString(seconds), leaves, mean);
    }
}
