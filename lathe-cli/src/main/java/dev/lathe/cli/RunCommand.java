package dev.lathe.cli;

import dev.lathe.ops.flow.FlowListener;
import dev.lathe.ops.flow.FlowResult;
import dev.lathe.ops.flow.FlowRunner;
import dev.lathe.ops.flow.RunRecords;
import dev.lathe.ops.flow.spec.FlowSpec;
import dev.lathe.ops.flow.spec.FlowSpecException;
import dev.lathe.ops.flow.spec.FlowSpecReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lathe run FLOW.yaml [--run-dir DIR] [--quiet] [--json] [--store URL | --track]}: the whole flow from a spec (docs/flow.md), recorded as a run when tracking is on ({@link FlowTracking}). Exit code 0 when the
 * model is accepted, 1 when a data check fails or the model misses its acceptance criteria, 2 for a bad spec
 * (every problem listed, one {@code error:} line each).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a flow spec: data checks, exploration, split, candidate search, refit, test score, "
                + "explanations, acceptance; writes the model, a run folder, an HTML report and a model card.")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FLOW.yaml", description = "The flow spec (see docs/flow.md).")
    Path flow;

    @Option(names = "--quiet", description = "No progress on standard error.")
    boolean quiet;

    @Option(names = "--json", description = "Print the run's metrics, verdict, timings and output paths as JSON.")
    boolean json;

    @Option(names = "--run-dir", paramLabel = "DIR", description = "Write the run folder here instead of the spec's "
            + "output.dir (the model and report follow unless the spec places them elsewhere).")
    Path runDir;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    FlowTracking tracking;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        FlowResult r;
        try {
            FlowSpec flowSpec = FlowSpecReader.read(flow);
            if (runDir != null) {
                flowSpec = flowSpec.withOutputDir(runDir);
            }
            FlowListener listener = quiet ? new FlowListener() {
            } : new FlowProgress(err, System.console() != null);
            tracking.start(storeOptions, flow);
            r = new FlowRunner().run(flowSpec, listener);
        } catch (FlowSpecException e) {
            tracking.fail();
            e.problems().forEach(p -> err.println("error: " + p));
            err.flush();
            return ErrorReporter.BAD_INPUT;
        } catch (RuntimeException | IOException e) {
            tracking.fail();
            throw e;
        }
        String runId = tracking.finish(r);
        PrintWriter out = spec.commandLine().getOut();
        Path report = r.spec().output().report();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>(RunRecords.metrics(r));
            doc.put("timings", r.timings().toMap());
            Map<String, Object> outputs = new LinkedHashMap<>();
            outputs.put("run_folder", r.spec().output().dir().toString());
            outputs.put("report", report.toString());
            outputs.put("model", r.verdict().exitCode() == 0 ? r.spec().output().model().toString() : null);
            doc.put("outputs", outputs);
            if (runId != null) {
                doc.put("run_id", runId);
            }
            out.print(RunRecords.json(doc));
        } else {
            out.println("verdict: " + r.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            if (r.acceptance() != null) {
                out.printf(Locale.ROOT, "%s %s: test %s %.4f (threshold %s), baseline '%s' %.4f%n",
                        r.chosen().candidate().model(), r.chosen().best().params(), r.acceptance().threshold().metric(),
                        r.acceptance().value(), r.acceptance().threshold(), r.acceptance().baseline(),
                        r.acceptance().baselineValue());
                r.headline().forEach(m -> out.printf(Locale.ROOT, "  test %-18s %.4f  (95%% interval %.4f to %.4f, "
                        + "baseline %.4f)%n", m.name(), m.value(), m.interval().lower(), m.interval().upper(),
                        m.baseline()));
                r.acceptance().failures().forEach(f -> out.println("  rejected: " + f));
                if (r.acceptance().passed()) {
                    out.println("model: " + r.spec().output().model());
                }
            } else {
                r.checks().stream().filter(c -> !c.passed()).forEach(c -> out.println("  " + c.line()));
            }
            out.println("report: " + report);
            out.println("run folder: " + r.spec().output().dir());
            out.printf(Locale.ROOT, "took %.1f s%n", r.timings().elapsedSeconds());
            if (runId != null) {
                out.println("tracked as run " + runId);
            }
        }
        out.flush();
        return r.verdict().exitCode();
    }
}
