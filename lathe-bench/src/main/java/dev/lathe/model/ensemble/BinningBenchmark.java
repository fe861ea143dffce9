package dev.lathe.model.ensemble;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: {@link BinMapper#bin} on one numeric column of 400,000 values with 254 edges (255 bins), in ns per value.
 * In the package of {@link BinMapper} (package-private) so that it needs no public door into the learner.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dlathe.threads=1"})
public class BinningBenchmark {

    private static final int ROWS = 400_000;

    /** The column's distribution: gaussian, cauchy or lognormal (exp of 10 x a Gaussian). */
    @Param({"gaussian", "cauchy", "lognormal"})
    public String kind;

    private BinMapper mapper;
    private double[][] x;

    /** Draws the column and fits its edges. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        double[] column = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            double g = random.nextGaussian();
            column[i] = switch (kind) {
                case "gaussian" -> g;
                case "cauchy" -> Math.tan(Math.PI * (random.nextDouble() - 0.5));
                case "lognormal" -> Math.exp(10 * g);
                default -> throw new IllegalArgumentException("unknown kind " + kind);
            };
        }
        x = new double[][] {column};
        int[] rows = new int[ROWS];
        Arrays.setAll(rows, i -> i);
        mapper = BinMapper.fit(x, rows, 255, 7, new int[] {-1});
        if (mapper.valueBins(0) != 255) {
            throw new IllegalStateException("expected 254 edges, got " + (mapper.valueBins(0) - 1));
        }
    }

    /** Bins the whole column. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public byte[][] bin() {
        return mapper.bin(x);
    }
}
