package dev.lathe.cli;

import dev.lathe.report.ab.AbReport;
import dev.lathe.stats.ab.AbAnalysis;
import dev.lathe.stats.ab.AbOptions;
import dev.lathe.stats.ab.AbResult;
import dev.lathe.stats.ab.ArmSummary;
import dev.lathe.stats.ab.SequentialPath;
import dev.lathe.stats.ab.VariantComparison;
import dev.lathe.stats.bayes.CredibleInterval;
import dev.lathe.stats.test.MultipleTesting;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lathe stats ab analyze DATA --arm COL --metric COL}: the analysis of an A/B test from raw rows. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse an A/B(/n) test from raw rows (one unit per row, in arrival order): sample-ratio check,",
                "CUPED, Welch comparison with lift and multiple-testing correction, Bayesian posteriors, always-valid",
                "sequential monitoring; optionally an HTML report."})
final class AbAnalyzeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA", description = "CSV file, one row per unit.")
    Path data;

    @Option(names = "--arm", required = true, paramLabel = "COL", description = "Column naming each unit's arm.")
    String arm;

    @Option(names = "--metric", required = true, paramLabel = "COL",
            description = "Outcome column: numeric, or boolean / 0-1 for conversions.")
    String metric;

    @Option(names = "--covariate", paramLabel = "COL", description = "Pre-period numeric column for CUPED.")
    String covariate;

    @Option(names = "--control", paramLabel = "LABEL",
            description = "Control arm (default: the arm named control, else the first label in sorted order).")
    String control;

    @Option(names = "--alpha", defaultValue = "0.05", description = "Significance level (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--correction", defaultValue = "holm", paramLabel = "NAME",
            description = "Across variants: bonferroni, holm, hochberg, bh, by (default: ${DEFAULT-VALUE}).")
    String correction;

    @Option(names = "--shares", split = ",", paramLabel = "S",
            description = "Planned share per arm, in sorted label order (default: equal).")
    double[] shares;

    @Option(names = "--srm-threshold", defaultValue = "0.001",
            description = "p-value below which the sample ratio is off plan (default: ${DEFAULT-VALUE}).")
    double srmThreshold;

    @Option(names = "--draws", defaultValue = "100000", description = "Monte Carlo draws (default: ${DEFAULT-VALUE}).")
    int draws;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the draws (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--looks", defaultValue = "50", description = "Looks of the sequential monitor (default: ${DEFAULT-VALUE}).")
    int looks;

    @Option(names = "--mixing-sd", paramLabel = "TAU",
            description = "mSPRT mixing SD (default: the standard error of the difference on all rows).")
    Double mixingSd;

    @Option(names = "--threshold-of-caring", defaultValue = "0.001", paramLabel = "LOSS",
            description = "Expected loss below which the Bayesian rule stops with an arm (default: ${DEFAULT-VALUE}).")
    double thresholdOfCaring;

    @Mixin
    AnalysisOutput analysisOutput;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        AbOptions options = AbOptions.of(arm, metric).withCovariate(covariate).withControl(control)
                .withLevel(alpha, MultipleTesting.parse(correction)).withPlan(shares, srmThreshold)
                .withBayes(draws, seed, thresholdOfCaring)
                .withSequential(looks, mixingSd == null ? Double.NaN : mixingSd);
        AbResult r = AbAnalysis.run(dataOptions.read(data), options);
        analysisOutput.emit(spec, () -> AbReport.of("A/B test: " + data.getFileName(), r), () -> toJson(r),
                () -> text(r) + System.lineSeparator());
        return 0;
    }

    static Map<String, Object> toJson(AbResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("control", r.control());
        m.put("binary", r.binary());
        m.put("alpha", r.options().alpha());
        m.put("correction", r.options().correction().label());
        Map<String, Object> srm = new LinkedHashMap<>();
        Map<String, Object> counts = new LinkedHashMap<>();
        for (int a = 0; a < r.arms().size(); a++) {
            counts.put(r.sampleRatio().arms().get(a), r.sampleRatio().counts()[a]);
        }
        srm.put("counts", counts);
        srm.put("statistic", Json.number(r.sampleRatio().statistic()));
        srm.put("p_value", Json.number(r.sampleRatio().pValue()));
        srm.put("mismatch", r.sampleRatio().mismatch());
        m.put("sample_ratio", srm);
        if (r.cuped() != null) {
            Map<String, Object> cuped = new LinkedHashMap<>();
            cuped.put("theta", Json.number(r.cuped().theta()));
            cuped.put("variance_reduction", Json.number(r.cuped().varianceReduction()));
            m.put("cuped", cuped);
        }
        List<Map<String, Object>> arms = new ArrayList<>();
        for (int a = 0; a < r.arms().size(); a++) {
            ArmSummary s = r.arms().get(a);
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("arm", s.arm());
            am.put("n", s.n());
            am.put("mean", Json.number(s.mean()));
            am.put("sd", Json.number(s.sd()));
            am.put("adjusted_mean", Json.number(s.adjustedMean()));
            am.put("posterior_mean", Json.number(r.posteriors().get(a).mean()));
            am.put("p_best", Json.number(r.bayes().probabilityBest()[a]));
            am.put("expected_loss", Json.number(r.bayes().expectedLoss()[a]));
            arms.add(am);
        }
        m.put("arms", arms);
        List<Map<String, Object>> comparisons = new ArrayList<>();
        for (int v = 0; v < r.comparisons().size(); v++) {
            comparisons.add(comparison(r, v));
        }
        m.put("comparisons", comparisons);
        m.put("decision", r.decision());
        m.put("threshold_of_caring", r.options().thresholdOfCaring());
        return m;
    }

    private static Map<String, Object> comparison(AbResult r, int v) {
        VariantComparison c = r.comparisons().get(v);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("variant", c.variant());
        m.put("difference", Json.number(c.test().estimate().value()));
        m.put("ci_low", Json.number(c.test().estimate().low()));
        m.put("ci_high", Json.number(c.test().estimate().high()));
        m.put("relative_lift", Json.number(c.relativeLift()));
        m.put("lift_ci_low", Json.number(c.liftLow()));
        m.put("lift_ci_high", Json.number(c.liftHigh()));
        m.put("statistic", Json.number(c.test().statistic()));
        m.put("df", Json.number(c.test().df()));
        m.put("p_value", Json.number(c.test().pValue()));
        m.put("adjusted_p_value", Json.number(c.adjustedP()));
        m.put("reject", c.rejected());
        m.put("cohen_d", Json.number(c.test().effectSize().value()));
        m.put("p_beats_control", Json.number(c.probabilityBeatsControl()));
        CredibleInterval ci = r.bayes().upliftInterval().get(v + 1);
        m.put("uplift_median", Json.number(r.bayes().uplift()[v + 1]));
        m.put("uplift_credible_low", Json.number(ci.low()));
        m.put("uplift_credible_high", Json.number(ci.high()));
        if (c.beta() != null) {
            m.put("expected_loss_choosing_control", Json.number(c.beta().lossChoosingA()));
            m.put("expected_loss_choosing_variant", Json.number(c.beta().lossChoosingB()));
        }
        SequentialPath p = c.sequential();
        Map<String, Object> seq = new LinkedHashMap<>();
        seq.put("looks", p.size());
        seq.put("mixing_sd", Json.number(p.mixingSd()));
        seq.put("always_valid_p", p.size() == 0 ? null : Json.number(p.pValue()[p.size() - 1]));
        seq.put("ci_low", p.size() == 0 ? null : Json.number(p.low()[p.size() - 1]));
        seq.put("ci_high", p.size() == 0 ? null : Json.number(p.high()[p.size() - 1]));
        seq.put("rejected", p.rejected());
        m.put("sequential", seq);
        return m;
    }

    private static String text(AbResult r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "A/B test of '%s'%s, control '%s'%n", r.options().metric(),
                r.binary() ? " (conversion)" : "", r.control()));
        b.append(String.format(Locale.ROOT, "sample ratio: chi2 = %.4g, p = %.4g%s%n", r.sampleRatio().statistic(),
                r.sampleRatio().pValue(), r.sampleRatio().mismatch() ? "  MISMATCH: do not trust the comparison" : ""));
        if (r.cuped() != null) {
            b.append(String.format(Locale.ROOT, "CUPED on '%s': theta = %.4g, variance reduced by %.1f%%%n",
                    r.options().covariate(), r.cuped().theta(), 100 * r.cuped().varianceReduction()));
        }
        b.append(String.format(Locale.ROOT, "%n%-12s %8s %12s %12s %10s %14s%n", "arm", "n", "mean", "sd", "P(best)",
                "expected loss"));
        for (int a = 0; a < r.arms().size(); a++) {
            ArmSummary s = r.arms().get(a);
            b.append(String.format(Locale.ROOT, "%-12s %8d %12.6g %12.6g %10.4f %14.6g%n", s.arm(), s.n(), s.mean(),
                    s.sd(), r.bayes().probabilityBest()[a], r.bayes().expectedLoss()[a]));
        }
        int pct = (int) Math.round(100 * (1 - r.options().alpha()));
        b.append(String.format(Locale.ROOT, "%n%-12s %12s %26s %10s %26s %10s %10s %12s %14s%n", "variant", "difference",
                pct + "% CI", "lift", "lift " + pct + "% CI", "p", "adj. p", "P(>control)", "always-valid p"));
        for (VariantComparison c : r.comparisons()) {
            var e = c.test().estimate();
            SequentialPath p = c.sequential();
            b.append(String.format(Locale.ROOT, "%-12s %12.5g %26s %9.2f%% %26s %10.4g %10.4g %12.4f %14s%n",
                    c.variant(), e.value(), String.format(Locale.ROOT, "[%.5g, %.5g]", e.low(), e.high()),
                    100 * c.relativeLift(), String.format(Locale.ROOT, "[%.2f%%, %.2f%%]", 100 * c.liftLow(),
                            100 * c.liftHigh()), c.test().pValue(), c.adjustedP(), c.probabilityBeatsControl(),
                    p.size() == 0 ? "-" : String.format(Locale.ROOT, "%.4g", p.pValue()[p.size() - 1])));
        }
        b.append(System.lineSeparator()).append(r.decision() == null
                ? "Bayesian rule: keep collecting (no arm's expected loss below " + r.options().thresholdOfCaring() + ")"
                : "Bayesian rule: choose '" + r.decision() + "' (expected loss below "
                + r.options().thresholdOfCaring() + ")");
        return b.toString();
    }
}
