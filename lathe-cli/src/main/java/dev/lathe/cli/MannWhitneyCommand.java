package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.stats.test.InferenceResult;
import dev.lathe.stats.test.RankTests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lathe stats mannwhitney}: the Mann-Whitney U test of --value between the two groups of --group. */
@Command(name = "mannwhitney", mixinStandardHelpOptions = true,
        description = "Mann-Whitney U test of --value between the two groups of --group.")
final class MannWhitneyCommand extends TestCommand {

    @Option(names = "--value", required = true, paramLabel = "COLUMN", description = "Numeric column to compare.")
    String value;

    @Option(names = "--group", required = true, paramLabel = "COLUMN", description = "Column with two groups.")
    String group;

    @Option(names = "--method", defaultValue = "auto",
            description = "p-value: auto (exact without ties below 50 per group), exact or asymptotic (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--no-continuity", description = "No continuity correction in the normal approximation.")
    boolean noContinuity;

    @Override
    InferenceResult test(Frame frame) {
        TestData.Groups g = TestData.groups(frame, value, group);
        return withExtras(RankTests.mannWhitney(g.x(), g.y(), options.alternative(), RankTests.Method.parse(method),
                !noContinuity), groups(g.first(), g.second()));
    }
}
