package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.stats.test.InferenceResult;
import dev.lathe.stats.test.TTests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lathe stats ttest}: one-sample, two-sample (Welch by default, Student with --equal-var) or paired t-test. */
@Command(name = "ttest", mixinStandardHelpOptions = true,
        description = "t-test: one sample against --mu, two groups (--group; Welch unless --equal-var) or paired "
                + "columns (--paired-with).")
final class TTestCommand extends TestCommand {

    @Option(names = "--value", required = true, paramLabel = "COLUMN", description = "Numeric column to test.")
    String value;

    @Option(names = "--group", paramLabel = "COLUMN", description = "Column with two groups: a two-sample test.")
    String group;

    @Option(names = "--paired-with", paramLabel = "COLUMN", description = "Second measurement of each row: a paired test.")
    String pairedWith;

    @Option(names = "--mu", defaultValue = "0", description = "Mean (or mean difference) under H0 (default: ${DEFAULT-VALUE}).")
    double mu;

    @Option(names = "--equal-var", description = "Student's pooled-variance test instead of Welch's.")
    boolean equalVar;

    @Override
    InferenceResult test(Frame frame) {
        if (group != null && pairedWith != null) {
            throw new IllegalArgumentException("choose --group or --paired-with, not both");
        }
        if (group != null) {
            if (mu != 0) {
                throw new IllegalArgumentException("--mu applies to one-sample and paired tests, not to --group");
            }
            TestData.Groups g = TestData.groups(frame, value, group);
            return withExtras(TTests.twoSample(g.x(), g.y(), equalVar, options.alternative(), options.confidence()),
                    groups(g.first(), g.second()));
        }
        if (equalVar) {
            throw new IllegalArgumentException("--equal-var applies to two groups (--group)");
        }
        if (pairedWith != null) {
            double[][] xy = TestData.pairs(frame, value, pairedWith);
            return TTests.paired(xy[0], xy[1], mu, options.alternative(), options.confidence());
        }
        return TTests.oneSample(TestData.values(frame, value), mu, options.alternative(), options.confidence());
    }
}
