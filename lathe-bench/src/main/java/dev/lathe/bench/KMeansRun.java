package dev.lathe.bench;

import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.model.cluster.Algorithm;
import dev.lathe.model.cluster.Init;
import dev.lathe.model.cluster.KMeans;
import dev.lathe.model.cluster.KMeansModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Whole-run k-means comparison (peers.py case {@code kmeans}; {@code lathe-bench/peers/kmeans_peer.py}): reads
 * {@code DATA_DIR/blobs500k.csv} (500k x 20) and the 16 starting centres scikit-learn's k-means++ drew
 * ({@code blobs500k_init16.csv}), then times, in one process, fits from those centres with Lloyd and with Elkan
 * (tol 1e-4, as scikit-learn), and one fit from Lathe's own k-means++ (seed 0). Reading is excluded. Prints one
 * JSON line per fit: seconds, inertia, iterations, and the load average before it.
 *
 * <p>Usage: {@code java -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.KMeansRun DATA_DIR [RUNS]}
 */
public final class KMeansRun {

    private KMeansRun() {
    }

    /** Runs the comparison; arguments: data folder (default /tmp/lathe-bench), fits per algorithm (default 2). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/lathe-bench");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Frame x = CsvReader.read(dir.resolve("blobs500k.csv"));
        List<String> lines = Files.readAllLines(dir.resolve("blobs500k_init16.csv"));
        double[][] init = new double[lines.size()][];
        for (int c = 0; c < init.length; c++) {
            String[] cells = lines.get(c).split(",");
            init[c] = new double[cells.length];
            for (int j = 0; j < cells.length; j++) {
                init[c][j] = Double.parseDouble(cells[j]);
            }
        }
        for (Algorithm algorithm : Algorithm.values()) {
            KMeans kmeans = new KMeans(16, Init.K_MEANS_PLUS_PLUS, 1, 300, 1e-4, algorithm, 0);
            for (int r = 0; r < runs; r++) {
                double load = loadAverage();
                long t = System.nanoTime();
                KMeansModel m = kmeans.fit(x, init);
                print(algorithm.name().toLowerCase(Locale.ROOT) + "-same-init", r, (System.nanoTime() - t) / 1e9, m, load);
            }
        }
        double load = loadAverage();
        long t = System.nanoTime();
        KMeansModel own = new KMeans(16, Init.K_MEANS_PLUS_PLUS, 1, 300, 1e-4, Algorithm.LLOYD, 0).fit(x);
        print("lloyd-own-kmeans++", 0, (System.nanoTime() - t) / 1e9, own, load);
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void print(String what, int run, double seconds, KMeansModel m, double load) {
        System.out.printf(Locale.ROOT, "{\"case\": \"kmeans\", \"tool\": \"lathe.KMeans-%s\", \"run\": %d, "
                + "\"seconds\": %.3f, \"inertia\": %.6f, \"iters\": %d, \"load\": %.2f}%n", what, run, seconds,
                m.inertia(), m.nIter(), load);
    }
}
