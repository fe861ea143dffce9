package dev.lathe.cli;

import dev.lathe.report.causal.PropensityReport;
import dev.lathe.stats.causal.BalanceRow;
import dev.lathe.stats.causal.EffectEstimate;
import dev.lathe.stats.causal.PropensityAnalysis;
import dev.lathe.stats.causal.PropensityEstimator;
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

/** {@code lathe stats propensity DATA --treatment COL --outcome COL --covariate TERMS}: effects without an experiment. */
@Command(name = "propensity", mixinStandardHelpOptions = true,
        description = {"Treatment effects on observational data: a logit propensity model, inverse-probability"
                + " weighting and nearest-neighbour matching (ATE and ATT with bootstrap intervals), and the"
                + " covariate balance before and after."})
final class PropensityCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA", description = "CSV file, one row per unit.")
    Path data;

    @Option(names = "--treatment", required = true, paramLabel = "COLUMN", description = "0/1 or true/false treatment.")
    String treatment;

    @Option(names = "--outcome", required = true, paramLabel = "COLUMN", description = "Numeric outcome.")
    String outcome;

    @Option(names = "--covariate", required = true, paramLabel = "TERM", split = ",",
            description = "Covariate terms of the propensity model in formula syntax, e.g. --covariate age,C(region).")
    List<String> covariates;

    @Option(names = "--replicates", paramLabel = "N", defaultValue = "1000",
            description = "Bootstrap replicates (default ${DEFAULT-VALUE}, at least 100).")
    int replicates;

    @Option(names = "--level", paramLabel = "P", defaultValue = "0.95",
            description = "Interval coverage (default ${DEFAULT-VALUE}).")
    double level;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Bootstrap seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    AnalysisOutput analysisOutput;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PropensityEstimator estimator = new PropensityEstimator(treatment, outcome, covariates, replicates, level, seed);
        PropensityAnalysis a = estimator.fit(dataOptions.read(data));
        analysisOutput.emit(spec, () -> PropensityReport.of("Propensity-score analysis: " + data.getFileName(), a),
                () -> toJson(a), () -> text(a));
        return 0;
    }

    private static String text(PropensityAnalysis a) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Propensity model: %s (%d treated, %d control; scores %.4f to %.4f)%n%n", a.propensity().formula(),
                a.treated(), a.control(), a.minScore(), a.maxScore()));
        String ci = String.format(Locale.ROOT, "%.0f%% CI", 100 * a.level());
        sb.append(String.format(Locale.ROOT, "%-14s %10s %10s %22s%n", "effect", "estimate", "boot SE", ci));
        effectLine(sb, "ATE (IPW)", a.ipwAte());
        effectLine(sb, "ATT (IPW)", a.ipwAtt());
        effectLine(sb, "ATE (matched)", a.matchedAte());
        effectLine(sb, "ATT (matched)", a.matchedAtt());
        sb.append(String.format(Locale.ROOT, "%n%-20s %10s %10s %10s%n", "balance (SMD)", "before", "weighted", "matched"));
        for (BalanceRow b : a.balance()) {
            sb.append(String.format(Locale.ROOT, "%-20s %10.4f %10.4f %10.4f%n", b.covariate(), b.smdBefore(),
                    b.smdWeighted(), b.smdMatched()));
        }
        return sb.toString();
    }

    private static void effectLine(StringBuilder sb, String name, EffectEstimate e) {
        sb.append(String.format(Locale.ROOT, "%-14s %10.4f %10.4f   [%8.4f, %8.4f]%n", name, e.estimate(), e.stdError(),
                e.ciLow(), e.ciHigh()));
    }

    private static Map<String, Object> toJson(PropensityAnalysis a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("formula", a.propensity().formula());
        m.put("treated", a.treated());
        m.put("control", a.control());
        m.put("replicates", a.replicates());
        m.put("level", a.level());
        m.put("min_score", Json.number(a.minScore()));
        m.put("max_score", Json.number(a.maxScore()));
        Map<String, Object> effects = new LinkedHashMap<>();
        effects.put("ipw_ate", effect(a.ipwAte()));
        effects.put("ipw_att", effect(a.ipwAtt()));
        effects.put("matched_ate", effect(a.matchedAte()));
        effects.put("matched_att", effect(a.matchedAtt()));
        m.put("effects", effects);
        List<Map<String, Object>> balance = new ArrayList<>();
        for (BalanceRow b : a.balance()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("covariate", b.covariate());
            r.put("mean_treated", Json.number(b.meanTreated()));
            r.put("mean_control", Json.number(b.meanControl()));
            r.put("smd_before", Json.number(b.smdBefore()));
            r.put("smd_weighted", Json.number(b.smdWeighted()));
            r.put("smd_matched", Json.number(b.smdMatched()));
            balance.add(r);
        }
        m.put("balance", balance);
        List<Map<String, Object>> model = new ArrayList<>();
        a.propensity().coefficients().forEach(c -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("term", c.term());
            r.put("estimate", Json.number(c.estimate()));
            r.put("std_error", Json.number(c.stdError()));
            r.put("p_value", Json.number(c.pValue()));
            model.add(r);
        });
        m.put("propensity_model", model);
        return m;
    }

    private static Map<String, Object> effect(EffectEstimate e) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("estimate", Json.number(e.estimate()));
        r.put("std_error", Json.number(e.stdError()));
        r.put("ci_low", Json.number(e.ciLow()));
        r.put("ci_high", Json.number(e.ciHigh()));
        return r;
    }
}
