package dev.lathe.bench;

import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.model.neighbors.KNeighborsClassifier;
import dev.lathe.model.neighbors.KnnClassifierModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Whole-run k-nearest-neighbour comparison (peers.py case {@code knn}): reads {@code DATA_DIR/knn_train.csv}
 * and {@code knn_test.csv} (50k / 10k rows, 16 features), fits a 10-neighbour classifier (automatic search:
 * brute force at 16 features, as scikit-learn's auto) and times {@code predict} on the test rows several times
 * in one process (loading and fitting excluded, as peers.py times {@code predict}); prints one JSON line with
 * the first and median seconds, the median process CPU seconds, the search used, the test accuracy and the load average before the runs.
 *
 * <p>Usage: {@code java -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.KnnRun DATA_DIR [RUNS]}
 */
public final class KnnRun {

    private KnnRun() {
    }

    /** Runs the comparison; arguments: data folder (default /tmp/lathe-bench), timed runs (default 3). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/lathe-bench");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Frame train = CsvReader.read(dir.resolve("knn_train.csv"));
        Frame test = CsvReader.read(dir.resolve("knn_test.csv"));
        KnnClassifierModel model = new KNeighborsClassifier(10).fit(train.drop("y"), train.column("y"));
        Frame x = test.drop("y");
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        String[] predicted = null;
        for (int r = 0; r < runs; r++) {
            long c = os.getProcessCpuTime();
            long t = System.nanoTime();
            predicted = model.predict(x);
            seconds[r] = (System.nanoTime() - t) / 1e9;
            cpu[r] = (os.getProcessCpuTime() - c) / 1e9;
        }
        int right = 0;
        for (int i = 0; i < predicted.length; i++) {
            right += predicted[i].equals(test.column("y").format(i)) ? 1 : 0;
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT,
                "{\"case\": \"knn\", \"tool\": \"lathe.KNeighborsClassifier-%s\", \"first_seconds\": %.3f,"
                        + " \"median_seconds\": %.3f, \"median_cpu_seconds\": %.3f, \"runs\": %d, \"acc\": %.5f, \"load\": %.2f}%n",
                model.algorithm().name().toLowerCase(Locale.ROOT), seconds[0], sorted[runs / 2], cpu[runs / 2], runs,
                (double) right / predicted.length, load);
    }
}
