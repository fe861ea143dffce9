package dev.lathe.bench;

import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.stats.Describe;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * In-process {@code Describe} of {@code DATA_DIR/ingest_1m.csv} (reading excluded), the peer of
 * {@code peers/describe_peer.py} (pandas {@code df.describe(include='all')}). Prints one JSON line with the first
 * run (JIT compilation included) and the median of the runs.
 *
 * <p>Usage: {@code java -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.DescribeRun DATA_DIR [RUNS]}
 */
public final class DescribeRun {

    private DescribeRun() {
    }

    /** Runs the comparison; arguments: data folder, number of timed runs (default 5). */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/lathe-bench", "ingest_1m.csv");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Frame frame = CsvReader.read(file);
        double[] seconds = new double[runs];
        int columns = 0;
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            columns = Describe.of(frame).size();
            seconds[r] = (System.nanoTime() - t) / 1e9;
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "{\"case\": \"describe\", \"tool\": \"lathe.Describe\", \"first_seconds\": %.3f,"
                + " \"median_seconds\": %.3f, \"runs\": %d, \"rows\": %d, \"columns\": %d}%n", seconds[0],
                sorted[runs / 2], runs, frame.rowCount(), columns);
    }
}
