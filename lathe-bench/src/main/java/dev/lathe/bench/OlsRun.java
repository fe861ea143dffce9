package dev.lathe.bench;

import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.stats.regression.Coefficient;
import dev.lathe.stats.regression.Ols;
import dev.lathe.stats.regression.OlsResult;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Whole-run OLS comparison on the peers' {@code ols1m.csv} (1,000,000 rows, 20 features): times
 * {@link Ols#fit} with standard errors (reading excluded, as peers.py times statsmodels), several times
 * in one process, and prints one JSON line with the coefficients and standard errors for comparison
 * with {@code lathe-bench/peers/ols_peer.py} on the same file.
 *
 * <p>Usage: {@code java -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.OlsRun DATA_DIR [RUNS]}
 */
public final class OlsRun {

    private OlsRun() {
    }

    /** Runs the comparison; arguments: data folder, number of timed runs (default 3). */
    public static void main(String[] args) throws Exception {
        Frame data = CsvReader.read(Path.of(args.length > 0 ? args[0] : "/tmp/lathe-bench", "ols1m.csv"));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String formula = "y ~ " + java.util.stream.IntStream.range(0, 20).mapToObj(i -> "x" + i)
                .collect(Collectors.joining(" + "));
        double[] seconds = new double[runs];
        OlsResult r = null;
        for (int k = 0; k < runs; k++) {
            long t = System.nanoTime();
            r = new Ols().fit(data, formula);
            seconds[k] = (System.nanoTime() - t) / 1e9;
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        String params = r.coefficients().stream().map(c -> Double.toString(c.estimate()))
                .collect(Collectors.joining(", "));
        String bse = r.coefficients().stream().map(Coefficient::stdError).map(String::valueOf)
                .collect(Collectors.joining(", "));
        System.out.printf(Locale.ROOT, "{\"case\": \"ols\", \"tool\": \"lathe.Ols\", \"first_seconds\": %.3f, "
                        + "\"median_seconds\": %.3f, \"r2\": %.6f, \"params\": [%s], \"bse\": [%s]}%n",
                seconds[0], sorted[runs / 2], r.rSquared(), params, bse);
    }
}
