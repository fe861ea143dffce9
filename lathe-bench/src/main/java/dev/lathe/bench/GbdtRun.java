package dev.lathe.bench;

import dev.lathe.eval.ClassificationMetrics;
import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.model.Targets;
import dev.lathe.model.ensemble.GradientBoostingClassifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Whole-run gradient boosting comparison on the peers' {@code clf500k_train.csv} / {@code clf500k_test.csv}
 * (400,000 + 100,000 rows, 28 features): 100 trees of 31 leaves, 255 bins, learning rate 0.1, as
 * {@code shared/bench/peers.py gbdt} configures XGBoost and scikit-learn. Times the fit only (reading
 * excluded, as peers.py times fit), several times in one process, and prints one JSON line with the
 * test ROC AUC.
 *
 * <p>Usage: {@code java -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.GbdtRun DATA_DIR [RUNS]}
 */
public final class GbdtRun {

    private GbdtRun() {
    }

    /** Runs the comparison; arguments: data folder, number of timed runs (default 3). */
    public static void main(String[] args) throws Exception {
        String dir = args.length > 0 ? args[0] : "/tmp/lathe-bench";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Frame train = CsvReader.read(Path.of(dir, "clf500k_train.csv"));
        Frame test = CsvReader.read(Path.of(dir, "clf500k_test.csv"));
        GradientBoostingClassifier estimator = (GradientBoostingClassifier) new GradientBoostingClassifier()
                .withParams(Map.of("max_iter", 100, "max_leaf_nodes", 31, "learning_rate", 0.1, "max_bins", 255));
        double[] seconds = new double[runs];
        GradientBoostingClassifier.Fitted m = null;
        for (int k = 0; k < runs; k++) {
            long t = System.nanoTime();
            m = estimator.fit(train.drop("y"), train.column("y"));
            seconds[k] = (System.nanoTime() - t) / 1e9;
        }
        long t = System.nanoTime();
        double[][] proba = m.predictProba(test.drop("y"));
        double predictSeconds = (System.nanoTime() - t) / 1e9;
        int[] y = Targets.classes(test.column("y")).codes();
        double auc = ClassificationMetrics.rocAuc(y, proba);
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "{\"case\": \"gbdt\", \"tool\": \"lathe.GradientBoostingClassifier\", "
                        + "\"first_seconds\": %.3f, \"median_seconds\": %.3f, \"predict_seconds\": %.3f, "
                        + "\"auc\": %.5f, \"all_seconds\": %s}%n",
                seconds[0], sorted[runs / 2], predictSeconds, auc, Arrays.toString(seconds));
    }
}
