package dev.lathe.stats.ab;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.stats.bayes.ArmSimulation;
import dev.lathe.stats.bayes.BetaBinomial;
import dev.lathe.stats.bayes.BetaComparison;
import dev.lathe.stats.bayes.NormalInverseGamma;
import dev.lathe.stats.bayes.Posterior;
import dev.lathe.stats.test.InferenceResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The analysis of an A/B (or A/B/n) test from raw rows, one unit per row, rows in arrival order: the
 * sample-ratio check, an optional CUPED adjustment, per variant a Welch t-test against the control with
 * relative lift (corrected for the number of variants), the Bayesian comparison of all arms (Beta posteriors
 * for a 0/1 metric, reference Normal-Inverse-Gamma posteriors of the mean otherwise), and an always-valid
 * sequential monitor. Example:
 *
 * <pre>{@code
 * AbResult r = AbAnalysis.run(frame, AbOptions.of("arm", "converted").withCovariate("pre_visits"));
 * r.comparisons().get(0).test().pValue();
 * }</pre>
 */
public final class AbAnalysis {

    private AbAnalysis() {
    }

    /**
     * Runs the analysis.
     *
     * @throws IllegalArgumentException naming the column, row and value at fault: an unknown or wrongly typed
     *                                  column, a missing value, fewer than two arms or than two units in an arm,
     *                                  a metric constant in both arms of a comparison, a control not among the arms
     */
    public static AbResult run(Frame data, AbOptions options) {
        String[] labels = armLabels(data, options.arm());
        List<String> order = armOrder(labels, options.control());
        int k = order.size();
        int[] code = new int[labels.length];
        long[] counts = new long[k];
        for (int i = 0; i < labels.length; i++) {
            code[i] = order.indexOf(labels[i]);
            counts[code[i]]++;
        }
        for (int a = 0; a < k; a++) {
            if (counts[a] < 2) {
                throw new IllegalArgumentException("arm '" + order.get(a) + "' of column '" + options.arm() + "' has "
                        + counts[a] + " row; each arm needs at least 2");
            }
        }
        Column metricColumn = data.column(options.metric());
        double[] metric = values(metricColumn, options.metric());
        boolean binary = isBinary(metric);
        double[] analysed = metric;
        Cuped cuped = null;
        if (options.covariate() != null) {
            Column covariateColumn = data.column(options.covariate());
            if (!(covariateColumn instanceof NumericColumn)) {
                throw new IllegalArgumentException("CUPED covariate '" + options.covariate() + "' must be numeric, got "
                        + covariateColumn.type().name().toLowerCase(Locale.ROOT));
            }
            double[] covariate = values(covariateColumn, options.covariate());
            cuped = Cuped.fit(metric, covariate);
            analysed = cuped.adjust(metric, covariate);
        }
        SampleRatioCheck srm = SampleRatioCheck.of(order, counts, sortedShares(options.shares(), order, labels),
                options.srmThreshold());
        double[][] raw = split(metric, code, k);
        double[][] adjusted = split(analysed, code, k);
        List<ArmSummary> arms = new ArrayList<>();
        List<Posterior> posteriors = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            arms.add(new ArmSummary(order.get(a), raw[a].length, mean(raw[a]), Math.sqrt(variance(raw[a])),
                    mean(adjusted[a])));
            posteriors.add(binary ? beta(raw[a]).distribution() : meanPosterior(adjusted[a], order.get(a), options));
        }
        ArmSimulation sim = ArmSimulation.run(order, posteriors, options.draws(), 1 - options.alpha(), options.seed());
        List<VariantComparison> comparisons = compare(order, raw, adjusted, analysed, code, binary, sim, options);
        return new AbResult(options, order.get(0), binary, arms, srm, cuped, comparisons, posteriors, sim,
                sim.decide(options.thresholdOfCaring()));
    }

    private static List<VariantComparison> compare(List<String> order, double[][] raw, double[][] adjusted,
                                                    double[] analysed, int[] code, boolean binary, ArmSimulation sim,
                                                    AbOptions options) {
        int k = order.size();
        List<InferenceResult> tests = new ArrayList<>();
        double[] p = new double[k - 1];
        for (int v = 1; v < k; v++) {
            tests.add(Welch.compare(adjusted[v], adjusted[0], order.get(v), order.get(0), options));
            p[v - 1] = tests.get(v - 1).pValue();
        }
        double[] corrected = options.correction().adjust(p);
        List<VariantComparison> out = new ArrayList<>();
        for (int v = 1; v < k; v++) {
            InferenceResult t = tests.get(v - 1);
            BetaComparison beta = binary ? BetaComparison.of(beta(raw[0]), beta(raw[v])) : null;
            double mixing = Double.isNaN(options.mixingSd())
                    ? Math.sqrt(variance(adjusted[0]) / adjusted[0].length + variance(adjusted[v]) / adjusted[v].length)
                    : options.mixingSd();
            out.add(new VariantComparison(order.get(v), t, corrected[v - 1], corrected[v - 1] <= options.alpha(),
                    (double) t.extras().get("relative_lift"), (double) t.extras().get("relative_lift_ci_low"),
                    (double) t.extras().get("relative_lift_ci_high"),
                    beta != null ? beta.probabilityBBetter() : sim.probabilityAboveControl()[v], beta,
                    SequentialPath.monitor(analysed, code, 0, v, options.looks(), mixing, options.alpha())));
        }
        return out;
    }

    private static String[] armLabels(Frame data, String name) {
        Column c = data.column(name);
        String[] labels = new String[c.size()];
        for (int i = 0; i < labels.length; i++) {
            if (c.isMissing(i)) {
                throw new IllegalArgumentException("arm column '" + name + "' is missing at row " + (i + 1));
            }
            labels[i] = c.format(i);
        }
        return labels;
    }

    private static List<String> armOrder(String[] labels, String control) {
        TreeSet<String> sorted = new TreeSet<>(List.of(labels));
        if (sorted.size() < 2) {
            throw new IllegalArgumentException("an A/B test needs at least two arms, found only " + sorted);
        }
        String chosen = control;
        if (chosen == null) {
            chosen = sorted.stream().filter(s -> s.toLowerCase(Locale.ROOT).equals("control")).findFirst()
                    .orElse(sorted.first());
        } else if (!sorted.contains(chosen)) {
            throw new IllegalArgumentException("control arm '" + control + "' is not among the arms " + sorted);
        }
        List<String> order = new ArrayList<>();
        order.add(chosen);
        for (String s : sorted) {
            if (!s.equals(chosen)) {
                order.add(s);
            }
        }
        return order;
    }

    /** The planned shares given in sorted label order, re-ordered control first. */
    private static double[] sortedShares(double[] shares, List<String> order, String[] labels) {
        if (shares == null) {
            return null;
        }
        List<String> sorted = new ArrayList<>(new TreeSet<>(List.of(labels)));
        if (shares.length != sorted.size()) {
            throw new IllegalArgumentException("got " + shares.length + " planned shares for " + sorted.size()
                    + " arms " + sorted);
        }
        double[] out = new double[order.size()];
        for (int a = 0; a < out.length; a++) {
            out[a] = shares[sorted.indexOf(order.get(a))];
        }
        return out;
    }

    private static double[] values(Column c, String name) {
        double[] v = new double[c.size()];
        if (c instanceof NumericColumn n) {
            for (int i = 0; i < v.length; i++) {
                v[i] = n.get(i);
                if (!Double.isFinite(v[i])) {
                    throw new IllegalArgumentException("column '" + name + "' has " + (Double.isNaN(v[i]) ? "a missing"
                            : "an infinite") + " value at row " + (i + 1) + "; every unit needs a finite value");
                }
            }
        } else if (c instanceof BooleanColumn b) {
            for (int i = 0; i < v.length; i++) {
                if (b.isMissing(i)) {
                    throw new IllegalArgumentException("column '" + name + "' has a missing value at row " + (i + 1));
                }
                v[i] = b.raw(i);
            }
        } else {
            throw new IllegalArgumentException("column '" + name + "' must be numeric or boolean, got "
                    + c.type().name().toLowerCase(Locale.ROOT));
        }
        return v;
    }

    private static boolean isBinary(double[] v) {
        for (double x : v) {
            if (x != 0 && x != 1) {
                return false;
            }
        }
        return true;
    }

    private static double[][] split(double[] v, int[] code, int k) {
        int[] n = new int[k];
        for (int c : code) {
            n[c]++;
        }
        double[][] out = new double[k][];
        for (int a = 0; a < k; a++) {
            out[a] = new double[n[a]];
            n[a] = 0;
        }
        for (int i = 0; i < v.length; i++) {
            out[code[i]][n[code[i]]++] = v[i];
        }
        return out;
    }

    private static BetaBinomial beta(double[] conversions) {
        long s = 0;
        for (double x : conversions) {
            s += (long) x;
        }
        return BetaBinomial.uniform().update(s, conversions.length);
    }

    private static Posterior meanPosterior(double[] v, String arm, AbOptions options) {
        if (!(variance(v) > 0)) {
            throw new IllegalArgumentException("metric '" + options.metric() + "' is constant (" + v[0] + ") in arm '"
                    + arm + "'; the posterior of its mean needs variation");
        }
        return NormalInverseGamma.reference(v).mean();
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    static double variance(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s / (v.length - 1);
    }
}
