package dev.lathe.bench;

import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: reading the peers' {@code ingest_1m.csv} (1,000,000 rows, 22 columns) into a Frame. The file comes
 * from {@code shared/bench/peers.py DATA_DIR ingest}; pass its folder with {@code -p dataDir=...}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class IngestBenchmark {

    /** Folder holding ingest_1m.csv. */
    @Param("/tmp/lathe-bench")
    public String dataDir;

    /** Reads the whole file with default options (types inferred, all cores). */
    @Benchmark
    public Frame readIngest() throws IOException {
        return CsvReader.read(Path.of(dataDir, "ingest_1m.csv"));
    }
}
