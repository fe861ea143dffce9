package dev.lathe.bench;

import dev.lathe.stats.test.KruskalWallis;
import dev.lathe.stats.test.Levene;
import dev.lathe.stats.test.OneWayAnova;
import dev.lathe.stats.test.TukeyHsd;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * One-way ANOVA, Tukey HSD, Kruskal-Wallis and Brown-Forsythe on 1M values in 10 groups (seeded normal data,
 * group means 100 + g / 100, values with three decimals), the peer of {@code peers/anova_peer.py} (scipy
 * {@code f_oneway}, {@code tukey_hsd}, {@code kruskal}, {@code levene}). Writes the data to
 * {@code DATA_DIR/anova_1m.csv} (group,value) when absent, so that both read the same values; reading is not
 * timed. Prints one JSON line per test with the first run (JIT compilation included) and the median.
 *
 * <p>Usage: {@code java -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.AnovaRun DATA_DIR [RUNS]}
 */
public final class AnovaRun {

    private static final int ROWS = 1_000_000;
    private static final int GROUPS = 10;

    private AnovaRun() {
    }

    /** Runs the cases; arguments: data folder, number of timed runs (default 5). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/lathe-bench");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double[][] groups = data(dir.resolve("anova_1m.csv"));
        time("anova", runs, () -> OneWayAnova.test(null, groups).statistic());
        time("tukey", runs, () -> TukeyHsd.test(null, 0.95, groups).comparisons().get(0).pValue());
        time("kruskal", runs, () -> KruskalWallis.test(null, groups).statistic());
        time("brown_forsythe", runs, () -> Levene.test(Levene.Center.MEDIAN, null, groups).statistic());
    }

    private static void time(String name, int runs, Supplier<Double> work) {
        double[] seconds = new double[runs];
        double result = 0;
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            result = work.get();
            seconds[r] = (System.nanoTime() - t) / 1e9;
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "{\"case\": \"%s\", \"tool\": \"lathe\", \"first_seconds\": %.4f,"
                + " \"median_seconds\": %.4f, \"runs\": %d, \"result\": %.10g}%n", name, seconds[0], sorted[runs / 2],
                runs, result);
    }

    /** The groups, written to {@code file} first when it does not exist. */
    private static double[][] data(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            SplittableRandom random = new SplittableRandom(20261126);
            try (Writer w = Files.newBufferedWriter(file)) {
                w.write("group,value\n");
                for (int i = 0; i < ROWS; i++) {
                    int g = i % GROUPS;
                    double v = Math.rint((100 + g / 100.0 + random.nextGaussian()) * 1000) / 1000;
                    w.write("g" + g + "," + v + "\n");
                }
            }
        }
        double[][] groups = new double[GROUPS][ROWS / GROUPS];
        int[] filled = new int[GROUPS];
        try (var lines = Files.lines(file)) {
            lines.skip(1).forEach(line -> {
                int comma = line.indexOf(',');
                int g = Integer.parseInt(line.substring(1, comma));
                groups[g][filled[g]++] = Double.parseDouble(line.substring(comma + 1));
            });
        }
        return groups;
    }
}
