package dev.lathe.bench;

import dev.lathe.eval.ClassificationMetrics;
import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.model.Targets;
import dev.lathe.model.ensemble.ForestClassifierModel;
import dev.lathe.model.ensemble.RandomForestClassifier;
import dev.lathe.parallel.Parallelism;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Whole-run random forest comparison on the peers' {@code clf100k_train.csv} / {@code clf100k_test.csv}
 * (80,000 / 20,000 rows, 28 features): fits 100 trees with sqrt features and unlimited depth (reading
 * excluded, as peers.py times scikit-learn's fit with n_jobs=2), then prints the fit seconds and the test
 * AUC as one JSON line.
 *
 * <p>Usage: {@code java -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.ForestRun DATA_DIR [THREADS]
 * [MAX_BINS]}
 */
public final class ForestRun {

    private ForestRun() {
    }

    /** Runs the comparison; arguments: data folder, threads (default 2), max_bins (default 255). */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/lathe-bench");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int maxBins = args.length > 2 ? Integer.parseInt(args[2]) : 255;
        Parallelism.setThreads(threads);
        Frame train = CsvReader.read(dir.resolve("clf100k_train.csv"));
        Frame test = CsvReader.read(dir.resolve("clf100k_test.csv"));
        RandomForestClassifier forest = (RandomForestClassifier) new RandomForestClassifier()
                .withParams(Map.of("n_estimators", 100, "max_features", "sqrt", "max_bins", maxBins));
        long t = System.nanoTime();
        ForestClassifierModel model = forest.fit(train.drop("y"), train.column("y"));
        double seconds = (System.nanoTime() - t) / 1e9;
        int[] truth = Targets.classes(test.column("y")).codes();
        double auc = ClassificationMetrics.rocAuc(truth, model.predictProba(test.drop("y")));
        System.out.printf(Locale.ROOT, "{\"case\": \"rf\", \"tool\": \"lathe.RandomForestClassifier\", \"threads\": %d, "
                + "\"max_bins\": %d, \"seconds\": %.3f, \"auc\": %.5f}%n", threads, maxBins, seconds, auc);
    }
}
