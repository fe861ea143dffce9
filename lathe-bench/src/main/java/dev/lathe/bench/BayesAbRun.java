package dev.lathe.bench;

import dev.lathe.stats.bayes.ArmSimulation;
import dev.lathe.stats.bayes.BetaBinomial;
import dev.lathe.stats.bayes.BetaComparison;
import dev.lathe.stats.bayes.Posterior;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Bayesian A/B speed against {@code lathe-bench/peers/bayes_ab_peer.py} on the same posteriors: the closed-form
 * P(B > A) and expected losses for two arms of a million users each (Beta(50,001, 950,001) against
 * Beta(50,401, 949,601)), and the Monte Carlo comparison of three arms with 1,000,000 joint draws. Prints one
 * JSON line per case with the first and median times and the values, for comparison with the peer's.
 *
 * <p>Usage: {@code java -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.BayesAbRun [RUNS]}
 */
public final class BayesAbRun {

    private BayesAbRun() {
    }

    /** Runs both cases; argument: the number of timed runs (default 5). */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        BetaBinomial a = new BetaBinomial(1 + 50_000, 1 + 950_000);
        BetaBinomial b = new BetaBinomial(1 + 50_400, 1 + 949_600);
        double[] seconds = new double[runs];
        BetaComparison c = null;
        for (int k = 0; k < runs; k++) {
            long t = System.nanoTime();
            c = BetaComparison.of(a, b);
            seconds[k] = (System.nanoTime() - t) / 1e9;
        }
        print("closed_form", seconds, String.format(Locale.ROOT, "\"p_b_better\": %.12f, \"loss_a\": %.6e, "
                + "\"loss_b\": %.6e", c.probabilityBBetter(), c.lossChoosingA(), c.lossChoosingB()));
        List<Posterior> arms = List.of(a.distribution(), b.distribution(),
                new BetaBinomial(1 + 50_200, 1 + 949_800).distribution());
        ArmSimulation s = null;
        for (int k = 0; k < runs; k++) {
            long t = System.nanoTime();
            s = ArmSimulation.run(List.of("a", "b", "c"), arms, 1_000_000, 0.95, 42);
            seconds[k] = (System.nanoTime() - t) / 1e9;
        }
        print("monte_carlo_3_arms_1m_draws", seconds, String.format(Locale.ROOT, "\"p_best\": %s, \"loss\": %s",
                Arrays.toString(s.probabilityBest()), Arrays.toString(s.expectedLoss())));
    }

    private static void print(String name, double[] seconds, String values) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "{\"case\": \"%s\", \"tool\": \"lathe\", \"first_seconds\": %.4f, "
                + "\"median_seconds\": %.4f, %s}%n", name, seconds[0], sorted[seconds.length / 2], values);
    }
}
