package dev.lathe.stats.causal;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.math.Quantiles;
import dev.lathe.parallel.Parallelism;
import dev.lathe.stats.formula.DesignMatrix;
import dev.lathe.stats.formula.Formula;
import dev.lathe.stats.regression.Logit;
import dev.lathe.stats.regression.LogitResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Estimates treatment effects on observational data through the propensity score e(x) = P(treated | x),
 * fitted by a logit of the treatment on the covariates (see {@link PropensityAnalysis} for what comes out).
 * Intervals are bootstrap percentiles: each replicate resamples the treated and the control rows separately
 * (so both groups keep their sizes), refits the propensity model and recomputes every estimate. Replicates
 * draw from streams split off one generator seeded with {@code seed} before any work starts, so results do not
 * depend on the number of threads.
 *
 * @param treatment  0/1 (or boolean) treatment column
 * @param outcome    numeric outcome column
 * @param covariates covariate terms in formula syntax (e.g. {@code "age"}, {@code "C(region)"}, {@code "I(age^2)"}), at least one
 * @param replicates bootstrap replicates (default 1000; at least 100)
 * @param level      interval coverage in (0, 1) (default 0.95)
 * @param seed       seed of the bootstrap
 */
public record PropensityEstimator(String treatment, String outcome, List<String> covariates, int replicates,
                                  double level, long seed) {

    public PropensityEstimator {
        covariates = List.copyOf(covariates);
        if (treatment == null || outcome == null || treatment.equals(outcome)) {
            throw new IllegalArgumentException("treatment and outcome must be two different columns, got '" + treatment
                    + "' and '" + outcome + "'");
        }
        if (covariates.isEmpty()) {
            throw new IllegalArgumentException("a propensity model needs at least one covariate");
        }
        if (replicates < 100) {
            throw new IllegalArgumentException("bootstrap replicates must be at least 100, got " + replicates);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("interval level must be in (0, 1), got " + level);
        }
    }

    /** 1000 replicates, 95% intervals. */
    public static PropensityEstimator of(String treatment, String outcome, List<String> covariates, long seed) {
        return new PropensityEstimator(treatment, outcome, covariates, 1000, 0.95, seed);
    }

    /** Fits the propensity model on the complete rows of {@code data} and estimates the effects. */
    public PropensityAnalysis fit(Frame data) {
        byte[] tAll = Indicators.read(data, "treatment", treatment);
        double[] yAll = Indicators.numeric(data, "outcome", outcome);
        double[] tNum = new double[tAll.length];
        for (int i = 0; i < tAll.length; i++) {
            tNum[i] = tAll[i] == Indicators.MISSING || Double.isNaN(yAll[i]) ? Double.NaN : tAll[i];
        }
        String formula = DidRegression.term(treatment) + " ~ " + String.join(" + ", covariates);
        DesignMatrix d = DesignMatrix.of(Formula.parse(formula), data.withColumn(NumericColumn.wrap(treatment, tNum)));
        int n = d.n();
        byte[] t = new byte[n];
        double[] y = new double[n];
        int treated = 0;
        for (int i = 0; i < n; i++) {
            t[i] = (byte) d.response()[i];
            y[i] = yAll[d.rows()[i]];
            treated += t[i];
        }
        if (treated < 2 || n - treated < 2) {
            throw new IllegalArgumentException("the treatment column '" + treatment + "' has " + treated + " treated and "
                    + (n - treated) + " control rows among " + n + " complete rows; each group needs at least 2");
        }
        LogitResult logit = new Logit().fit(d, formula);
        double[] e = logit.probabilities();
        double[] point = estimates(t, y, e);
        double[][] boot = bootstrap(d, t, y, formula);
        int[] match = NearestNeighbourMatching.match(t, e);
        double[] w = Ipw.ateWeights(t, e);
        List<BalanceRow> balance = new ArrayList<>();
        for (int j = 0; j < d.p(); j++) {
            if (!d.names().get(j).equals("Intercept")) {
                balance.add(BalanceRow.of(d.names().get(j), d.columns()[j], t, w, match));
            }
        }
        double[] sorted = e.clone();
        Arrays.sort(sorted);
        return new PropensityAnalysis(logit, treated, n - treated, interval(point[0], boot[0]), interval(point[1], boot[1]),
                interval(point[2], boot[2]), interval(point[3], boot[3]), balance, replicates, level, sorted[0],
                sorted[n - 1]);
    }

    /** {IPW ATE, IPW ATT, matched ATE, matched ATT}. */
    private static double[] estimates(byte[] t, double[] y, double[] e) {
        double[] matched = NearestNeighbourMatching.effects(t, y, NearestNeighbourMatching.match(t, e));
        return new double[] {Ipw.ate(t, y, e), Ipw.att(t, y, e), matched[2], matched[0]};
    }

    /** Replicate estimates, [estimate][replicate]. */
    private double[][] bootstrap(DesignMatrix d, byte[] t, double[] y, String formula) {
        int n = t.length;
        int[][] groups = {rowsOf(t, 0), rowsOf(t, 1)};
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] streams = new SplittableRandom[replicates];
        for (int r = 0; r < replicates; r++) {
            streams[r] = root.split();
        }
        double[][] out = new double[4][replicates];
        Parallelism.forEachIndex(replicates, r -> {
            int[] rows = new int[n];
            int k = 0;
            for (int[] g : groups) {
                for (int i = 0; i < g.length; i++) {
                    rows[k++] = g[streams[r].nextInt(g.length)];
                }
            }
            byte[] tr = new byte[n];
            double[] yr = new double[n];
            for (int i = 0; i < n; i++) {
                tr[i] = t[rows[i]];
                yr[i] = y[rows[i]];
            }
            double[] e = new Logit().fit(resample(d, rows), formula).probabilities();
            double[] est = estimates(tr, yr, e);
            for (int j = 0; j < 4; j++) {
                out[j][r] = est[j];
            }
        });
        return out;
    }

    private static int[] rowsOf(byte[] t, int group) {
        return java.util.stream.IntStream.range(0, t.length).filter(i -> t[i] == group).toArray();
    }

    private static DesignMatrix resample(DesignMatrix d, int[] rows) {
        double[][] cols = new double[d.p()][];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                cols[j][i] = d.columns()[j][rows[i]];
            }
        }
        double[] response = new double[rows.length];
        int[] frameRows = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            response[i] = d.response()[rows[i]];
            frameRows[i] = d.rows()[rows[i]];
        }
        return new DesignMatrix(d.responseName(), d.names(), cols, new double[d.p()][], response, frameRows, 0,
                d.intercept());
    }

    private EffectEstimate interval(double estimate, double[] replicates) {
        double[] sorted = replicates.clone();
        Arrays.sort(sorted);
        double mean = 0;
        for (double v : sorted) {
            mean += v;
        }
        mean /= sorted.length;
        double ss = 0;
        for (double v : sorted) {
            ss += (v - mean) * (v - mean);
        }
        double tail = (1 - level) / 2;
        return new EffectEstimate(estimate, Math.sqrt(ss / (sorted.length - 1)),
                Quantiles.ofSorted(sorted, sorted.length, tail), Quantiles.ofSorted(sorted, sorted.length, 1 - tail));
    }
}
