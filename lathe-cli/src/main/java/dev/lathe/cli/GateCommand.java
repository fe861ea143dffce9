package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.ops.gate.GateCheck;
import dev.lathe.ops.gate.GateResult;
import dev.lathe.ops.gate.GateSpec;
import dev.lathe.ops.gate.QualityGate;
import dev.lathe.pipeline.FittedPipeline;
import java.io.PrintWriter;
import java.nio.file.Files;
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
import picocli.CommandLine.Spec;

/**
 * {@code lathe gate --candidate MODEL --data HOLDOUT.csv --metric M [--min X] [--max X] [--baseline MODEL
 * [--min-improvement D]] [--max-size-mb S] [--json]}: a CI/CD quality gate; exit 0 when every check passes, 1
 * when one fails.
 */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = "Quality gate: score a candidate on hold-out rows and hold it to bounds, a baseline and a size "
                + "limit; exit 0 pass, 1 fail.")
final class GateCommand implements Callable<Integer> {

    /** Exit code of a failed gate. */
    static final int FAILED = 1;

    @Option(names = "--candidate", required = true, paramLabel = "MODEL",
            description = "The model to judge: a .lathe file or models:/NAME/VERSION or models:/NAME@ALIAS.")
    String candidate;

    @Option(names = "--data", required = true, paramLabel = "FILE",
            description = "Hold-out CSV rows no model was fitted on, with the target column.")
    Path data;

    @Option(names = "--metric", required = true, paramLabel = "NAME",
            description = "Metric as scikit-learn names it: roc_auc, accuracy, log_loss, f1_macro, r2, rmse, mae...")
    String metric;

    @Option(names = "--min", paramLabel = "X", description = "Least acceptable metric value.")
    Double min;

    @Option(names = "--max", paramLabel = "X", description = "Greatest acceptable metric value (for rmse, log_loss...).")
    Double max;

    @Option(names = "--baseline", paramLabel = "MODEL",
            description = "A model the candidate must not be worse than, e.g. models:/churn@champion.")
    String baseline;

    @Option(names = "--min-improvement", paramLabel = "D", description = "With --baseline: how much better than the "
            + "baseline, in the metric's better direction (default 0).")
    Double minImprovement;

    @Option(names = "--max-size-mb", paramLabel = "MB", description = "Largest acceptable model file (10^6 bytes).")
    Double maxSizeMb;

    @Option(names = "--json", description = "Print the verdict as JSON.")
    boolean json;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (minImprovement != null && baseline == null) {
            throw new IllegalArgumentException("--min-improvement needs --baseline");
        }
        QualityGate gate = new QualityGate(new GateSpec(metric, min, max, minImprovement, maxSizeMb));
        Path candidateFile = ModelArgument.resolve(candidate, storeOptions);
        FittedPipeline cand = FittedPipeline.load(candidateFile).requireTarget("lathe gate");
        Frame rows = dataOptions.readFor(data, cand.inputSchema());
        FittedPipeline base = baseline == null ? null
                : FittedPipeline.load(ModelArgument.resolve(baseline, storeOptions)).requireTarget("lathe gate");
        Frame baseRows = base == null ? null : dataOptions.readFor(data, base.inputSchema());
        GateResult result = gate.check(cand, Files.size(candidateFile), rows, base, baseRows);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(json(result)));
        } else {
            out.printf(Locale.ROOT, "gate %s: %s %s = %.6g on %s%n", result.passed() ? "PASSED" : "FAILED", candidate,
                    metric, result.candidate(), data.getFileName());
            for (GateCheck c : result.checks()) {
                out.printf(Locale.ROOT, "  %s %-8s %s (%s %.6g)%n", c.passed() ? "pass" : "FAIL", c.name(),
                        c.description(), c.passed() ? "by" : "short by", Math.abs(c.margin()));
            }
        }
        out.flush();
        return result.passed() ? 0 : FAILED;
    }

    private Map<String, Object> json(GateResult r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("passed", r.passed());
        doc.put("metric", r.metric());
        doc.put("greater_is_better", r.greaterIsBetter());
        doc.put("candidate", candidate);
        doc.put("candidate_score", Json.number(r.candidate()));
        doc.put("baseline", baseline);
        doc.put("baseline_score", Json.number(r.baseline()));
        List<Object> checks = new ArrayList<>();
        for (GateCheck c : r.checks()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("check", c.name());
            m.put("passed", c.passed());
            m.put("value", Json.number(c.value()));
            m.put("threshold", c.threshold());
            m.put("margin", Json.number(c.margin()));
            m.put("description", c.description());
            checks.add(m);
        }
        doc.put("checks", checks);
        return doc;
    }
}
