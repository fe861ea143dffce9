package dev.lathe.stats.test;

import dev.lathe.math.Shuffle;
import dev.lathe.parallel.Chunks;
import java.util.SplittableRandom;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.statistics.inference.FisherExactTest;
import org.apache.commons.statistics.inference.SignificanceResult;

/**
 * Fisher's exact test of independence. A 2 x 2 table is tested exactly (Commons Statistics'
 * {@code FisherExactTest}, the p-value of {@code scipy.stats.fisher_exact}); its statistic is the sample odds
 * ratio ad / bc, as scipy reports it, as the estimate with Woolf's interval, and the risk ratio among the
 * extras. A larger table ({@link #rByC}) is tested exactly by enumerating every table with its margins when there
 * are at most {@link #EXACT_BUDGET} of them (plain enumeration, not Mehta and Patel's network algorithm: exact
 * for small tables only), else by Monte Carlo as R's {@code fisher.test(simulate.p.value = TRUE)}: tables with
 * the observed margins are drawn at random and the p-value is (1 + the number at most as probable as the
 * observed) / (B + 1).
 * Draws are made in fixed chunks, each with its own generator split from the seed, so the p-value depends only
 * on the seed and B, not on the number of threads.
 */
public final class FisherExact {

    private static final int CHUNK = 1_000;
    /** The most tables the exact r x c test enumerates before it gives way to Monte Carlo. */
    public static final long EXACT_BUDGET = 5_000_000;

    private FisherExact() {
    }

    /**
     * The exact test of a 2 x 2 table [[a, b], [c, d]].
     *
     * @param table      2 x 2 counts, none negative, no all-zero row or column
     * @param confidence level of the odds and risk ratios' intervals
     */
    public static InferenceResult twoByTwo(long[][] table, Alternative alternative, double confidence) {
        Tables.check(table);
        if (table.length != 2 || table[0].length != 2) {
            throw new IllegalArgumentException("the exact 2 x 2 test needs a 2 x 2 table, got " + table.length + " x "
                    + table[0].length + "; use the Monte Carlo test for larger tables");
        }
        int[][] cells = new int[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                cells[i][j] = Math.toIntExact(table[i][j]);
            }
        }
        SignificanceResult r = FisherExactTest.withDefaults().with(CommonsAlternative.of(alternative)).test(cells);
        NamedInterval or = TwoByTwo.oddsRatio(table, confidence);
        InferenceResult.Builder result = InferenceResult.builder("Fisher's exact test", "odds ratio", or.value(),
                        r.getPValue())
                .alternative(alternative)
                .nullHypothesis("rows and columns are independent (odds ratio 1)")
                .estimate(or);
        EffectSizes.addTo(result, TwoByTwo.riskRatio(table, confidence));
        return result.build();
    }

    /**
     * The test of an r x c table (two-sided): exact when at most {@link #EXACT_BUDGET} tables share its margins,
     * else {@link #monteCarlo} with {@code draws} and {@code seed}; the extra {@code method} says which.
     *
     * @param table counts, at least 2 x 2, none negative, no all-zero row or column
     */
    public static InferenceResult rByC(long[][] table, int draws, long seed) {
        Tables.check(table);
        double p = ExactTables.pValue(table, EXACT_BUDGET);
        if (Double.isNaN(p)) {
            return monteCarlo(table, draws, seed);
        }
        return InferenceResult.builder("Fisher's exact test", "-sum log(x!)", -logFactorialSum(table), p)
                .nullHypothesis("rows and columns are independent")
                .extra("method", "exact enumeration")
                .build();
    }

    /**
     * The Monte Carlo test of an r x c table (two-sided; any table of at least 2 x 2).
     *
     * @param draws the number B of random tables, at least 1 (R's default is 2000)
     * @param seed  the seed of the draws
     */
    public static InferenceResult monteCarlo(long[][] table, int draws, long seed) {
        Tables.check(table);
        if (draws < 1) {
            throw new IllegalArgumentException("the number of random tables is " + draws + ": expected at least 1");
        }
        long[] rows = Tables.rowSums(table);
        long[] cols = Tables.columnSums(table);
        int n = Math.toIntExact(Tables.total(table));
        int[] rowOf = new int[n];
        int[] colOf = new int[n];
        for (int i = 0, k = 0; i < rows.length; i++) {
            for (long r = 0; r < rows[i]; r++) {
                rowOf[k++] = i;
            }
        }
        for (int j = 0, k = 0; j < cols.length; j++) {
            for (long c = 0; c < cols[j]; c++) {
                colOf[k++] = j;
            }
        }
        double observed = -logFactorialSum(table);
        // R's tolerance: a drawn table counts when -sum log(x!) <= observed / (1 + 64 eps)
        double threshold = observed / (1 + 64 * Math.ulp(1.0));
        int chunks = (draws + CHUNK - 1) / CHUNK;
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] generators = new SplittableRandom[chunks];
        for (int c = 0; c < chunks; c++) {
            generators[c] = root.split();
        }
        long[] hits = new long[chunks];
        Chunks.run(chunks, c -> {
            int[] shuffled = colOf.clone();
            long[][] drawn = new long[rows.length][cols.length];
            int count = Math.min(CHUNK, draws - c * CHUNK);
            for (int b = 0; b < count; b++) {
                Shuffle.inPlace(shuffled, generators[c]);
                for (long[] row : drawn) {
                    java.util.Arrays.fill(row, 0);
                }
                for (int k = 0; k < n; k++) {
                    drawn[rowOf[k]][shuffled[k]]++;
                }
                if (-logFactorialSum(drawn) <= threshold) {
                    hits[c]++;
                }
            }
        });
        long total = 0;
        for (long h : hits) {
            total += h;
        }
        double p = (1.0 + total) / (draws + 1.0);
        return InferenceResult.builder("Fisher's exact test (Monte Carlo)", "-sum log(x!)", observed, p)
                .nullHypothesis("rows and columns are independent")
                .extra("method", "Monte Carlo")
                .extra("draws", (long) draws)
                .extra("seed", seed)
                .extra("p_value_se", Math.sqrt(p * (1 - p) / draws))
                .build();
    }

    private static double logFactorialSum(long[][] table) {
        double s = 0;
        for (long[] row : table) {
            for (long v : row) {
                s += LogGamma.value(v + 1.0);
            }
        }
        return s;
    }
}
