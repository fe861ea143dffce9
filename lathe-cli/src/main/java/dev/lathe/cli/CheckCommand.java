package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvOptions;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.ops.flow.checks.CheckContext;
import dev.lathe.ops.flow.checks.CheckResult;
import dev.lathe.ops.flow.checks.DataChecks;
import dev.lathe.ops.flow.spec.FlowSpec;
import dev.lathe.ops.flow.spec.FlowSpecException;
import dev.lathe.ops.flow.spec.FlowSpecReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lathe check FLOW.yaml DATA [--json]}: the data-validation gate. Runs a flow spec's {@code checks} (the
 * same ones {@code lathe run} runs first) on new data, typed by the spec's column types, and exits 0 when every
 * check passes, 1 when one fails, so a pipeline can refuse data before scoring or retraining on it.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Data-validation gate: run a flow spec's checks on new data; exit 0 pass, 1 fail.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FLOW.yaml", description = "The flow spec whose checks and types apply.")
    Path flow;

    @Parameters(index = "1", paramLabel = "DATA", description = "The CSV rows to check.")
    Path data;

    @Option(names = "--json", description = "Print every check's result as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FlowSpec flowSpec;
        try {
            flowSpec = FlowSpecReader.read(flow);
        } catch (FlowSpecException e) {
            PrintWriter err = spec.commandLine().getErr();
            e.problems().forEach(p -> err.println("error: " + p));
            err.flush();
            return ErrorReporter.BAD_INPUT;
        }
        Frame rows = CsvReader.read(data, CsvOptions.defaults().withTypes(flowSpec.data().types()));
        List<CheckResult> results = flowSpec.checks().run(new CheckContext(rows, flowSpec.data().target(),
                flowSpec.data().id(), flowSpec.data().time(), Instant.now()));
        boolean passed = DataChecks.allPassed(results);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("passed", passed);
            doc.put("rows", rows.rowCount());
            doc.put("checks", results.stream().map(CheckResult::toMap).toList());
            out.println(Json.write(doc));
        } else {
            results.forEach(r -> out.println(r.line()));
            out.println(passed ? "data check PASSED: " + data.getFileName()
                    : "data check FAILED: " + results.stream().filter(r -> !r.passed()).count() + " of "
                    + results.size() + " checks on " + data.getFileName());
        }
        out.flush();
        return passed ? 0 : 1;
    }
}
