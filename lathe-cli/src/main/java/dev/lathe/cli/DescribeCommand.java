package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.stats.ColumnSummary;
import dev.lathe.stats.Describe;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lathe describe DATA}: schema and descriptive statistics per column. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Schema and descriptive statistics per column of a CSV file (plain or .gz).")
final class DescribeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA", description = "CSV file to describe.")
    Path data;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--exact", description = "Compute mean, std, skewness, kurtosis, cv and lag-1 autocorrelation "
            + "from each value's decimal form exactly (about 15 correct digits whatever the data's offset, "
            + "e.g. 1e9 + small decimals; slower). Default: double arithmetic.")
    boolean exact;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Frame frame = dataOptions.read(data);
        List<ColumnSummary> summaries = Describe.of(frame, Describe.Options.defaults().withDecimal(exact));
        String moments = exact ? "decimal" : "double";
        var out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("rows", frame.rowCount());
            doc.put("moments", moments);
            doc.put("columns", summaries.stream().map(ColumnSummary::toMap).toList());
            out.println(Json.write(doc));
        } else {
            out.println(data + ": " + frame.rowCount() + " rows, " + frame.columnCount() + " columns");
            out.println("moments in " + moments + " arithmetic" + (exact ? "" : " (--exact for decimal)")
                    + "; quantiles " + ColumnSummary.QUANTILE_METHOD);
            out.println();
            out.print(SummaryTable.of(summaries));
        }
        out.flush();
        return 0;
    }
}
