package dev.lathe.bench;

import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Whole-run ingest comparison: reads {@code DATA_DIR/ingest_1m.csv} several times in one process (as
 * peers.py times pandas.read_csv, loading the interpreter excluded), then measures the heap the Frame
 * retains. Prints one JSON line in the peers' format.
 *
 * <p>Usage: {@code java -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.IngestRun DATA_DIR [RUNS]}
 */
public final class IngestRun {

    private IngestRun() {
    }

    /** Runs the comparison; arguments: data folder, number of timed runs (default 5). */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/lathe-bench", "ingest_1m.csv");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double[] seconds = new double[runs];
        Frame frame = null;
        for (int r = 0; r < runs; r++) {
            frame = null;
            long t = System.nanoTime();
            frame = CsvReader.read(file);
            seconds[r] = (System.nanoTime() - t) / 1e9;
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long withFrame = settledUsed(memory);
        int rows = frame.rowCount();
        frame = null;
        long retained = withFrame - settledUsed(memory);
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT,
                "{\"case\": \"ingest\", \"tool\": \"lathe.CsvReader\", \"first_seconds\": %.3f, \"median_seconds\": %.3f,"
                        + " \"min_seconds\": %.3f, \"runs\": %d, \"rows\": %d, \"frame_heap_mb\": %.1f}%n",
                seconds[0], sorted[runs / 2], sorted[0], runs, rows, retained / 1e6);
    }

    /** Heap in use after full collections. */
    private static long settledUsed(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
