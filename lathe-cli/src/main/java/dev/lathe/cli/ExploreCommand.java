package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.report.explore.ExplorationReport;
import dev.lathe.stats.explore.Exploration;
import dev.lathe.stats.explore.ExploreOptions;
import dev.lathe.stats.quality.Finding;
import dev.lathe.stats.quality.Severity;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lathe explore DATA}: the exploratory-analysis report. Writes the HTML report to {@code -o}, by
 * default the data file's name with {@code .html} in the current folder; {@code --json} prints the same content
 * as JSON instead (and writes the report only when {@code -o} is given).
 */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = {"Exploratory data analysis of a CSV file (plain or .gz) as one self-contained HTML report:",
                "findings, per-column statistics and charts, correlations, target associations, missing values."})
final class ExploreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA", description = "CSV file to explore.")
    Path data;

    @Option(names = "--target", paramLabel = "COL", description = "Column to predict: adds class balance, "
            + "associations with it and target-leakage checks.")
    String target;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Report to write (default: DATA's name "
            + "with .html, in the current folder; with --json, none unless given).")
    Path output;

    @Option(names = "--json", description = "Print the exploration as JSON on standard output.")
    boolean json;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of the row samples (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sample-rows", paramLabel = "N", defaultValue = "20000", description = "Rows of the seeded "
            + "sample for kernel densities, distribution fits and Spearman (default: ${DEFAULT-VALUE}).")
    int sampleRows;

    @Option(names = "--kendall-rows", paramLabel = "N", defaultValue = "5000",
            description = "Rows of the seeded sample for Kendall's tau (default: ${DEFAULT-VALUE}).")
    int kendallRows;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExploreOptions options = ExploreOptions.defaults().withSeed(seed).withSampleRows(sampleRows)
                .withKendallRows(kendallRows);
        Frame frame = dataOptions.read(data);
        if (target != null) {
            frame.column(target); // fails early, naming the closest columns
        }
        Exploration exploration = Exploration.of(frame, target, options);
        Path report = output != null || json ? output : defaultOutput(data);
        if (report != null) {
            ExplorationReport.of(exploration, "Exploratory analysis: " + data.getFileName()).write(report);
        }
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(exploration.toMap()));
        } else {
            out.println("wrote " + report + ": " + frame.rowCount() + " rows, " + frame.columnCount() + " columns, "
                    + findings(exploration));
        }
        out.flush();
        return 0;
    }

    /** {@code DATA}'s file name without {@code .gz} and its extension, plus {@code .html}, in the current folder. */
    static Path defaultOutput(Path data) {
        String name = data.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return Path.of((dot > 0 ? name.substring(0, dot) : name) + ".html");
    }

    private static String findings(Exploration e) {
        long[] counts = new long[Severity.values().length];
        for (Finding f : e.overview().findings()) {
            counts[f.severity().ordinal()]++;
        }
        return "findings: " + counts[Severity.CRITICAL.ordinal()] + " critical, " + counts[Severity.WARNING.ordinal()]
                + " warning, " + counts[Severity.INFO.ordinal()] + " info";
    }
}
