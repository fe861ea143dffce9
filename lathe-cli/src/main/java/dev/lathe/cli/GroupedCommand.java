package dev.lathe.cli;

import dev.lathe.stats.test.Alternative;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The shape of every k-group command ({@code lathe stats anova|welch-anova|kruskal|levene|bartlett|tukey}):
 * DATA with {@code --value COL --group COL} and the shared test options. These tests have one rejection
 * region, so {@code --alternative} other than two-sided is refused.
 */
abstract class GroupedCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA", description = "CSV file.")
    Path data;

    @Option(names = "--value", required = true, paramLabel = "COLUMN", description = "Numeric column of observations.")
    String value;

    @Option(names = "--group", required = true, paramLabel = "COLUMN", description = "Column whose levels define the groups.")
    String group;

    @Mixin
    TestOptions options;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    /** Prints the test of the groups read from DATA. */
    abstract void report(GroupedValues groups);

    @Override
    public Integer call() throws Exception {
        if (options.alternative() != Alternative.TWO_SIDED) {
            throw new IllegalArgumentException(spec.name() + " has no direction: its statistic grows with any "
                    + "difference, so --alternative must be two-sided, got " + options.alternative);
        }
        options.alpha();
        GroupedValues g = GroupedValues.of(dataOptions.read(data), value, group);
        if (g.skipped() > 0) {
            spec.commandLine().getErr().println("note: skipped " + g.skipped() + " row" + (g.skipped() == 1 ? "" : "s")
                    + " with a missing " + value + " or " + group);
        }
        report(g);
        return 0;
    }
}
