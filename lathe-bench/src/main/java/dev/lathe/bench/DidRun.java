package dev.lathe.bench;

import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.stats.causal.DidFit;
import dev.lathe.stats.causal.DidRegression;
import dev.lathe.stats.causal.DidSpec;
import dev.lathe.stats.regression.CovarianceType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Whole-run comparison of two-way fixed effects with cluster-robust standard errors on a panel CSV
 * ({@code unit, period, treated, post, y}), against {@code lathe-bench/peers/did_peer.py} (statsmodels with
 * unit and period dummies) on the same file; reading excluded from the time. Prints one JSON line.
 *
 * <p>Usage: {@code java -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.DidRun PANEL.csv [RUNS]}
 */
public final class DidRun {

    private DidRun() {
    }

    /** Runs the comparison; arguments: the panel file, number of timed runs (default 3). */
    public static void main(String[] args) throws Exception {
        Frame data = CsvReader.read(Path.of(args[0]));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        DidSpec spec = DidSpec.of("y", "treated", "post").withUnit("unit").withTime("period");
        DidRegression clustered = new DidRegression(CovarianceType.CLUSTER, null);
        double[] seconds = new double[runs];
        DidFit fit = null;
        for (int k = 0; k < runs; k++) {
            long t = System.nanoTime();
            fit = clustered.fitTwoWay(data, spec);
            seconds[k] = (System.nanoTime() - t) / 1e9;
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "{\"case\": \"twfe\", \"tool\": \"lathe.DidRegression\", \"rows\": %d, "
                        + "\"first_seconds\": %.3f, \"median_seconds\": %.3f, \"estimate\": %s, \"std_error\": %s}%n",
                fit.regression().n(), seconds[0], sorted[runs / 2], fit.effect().estimate(), fit.effect().stdError());
    }
}
