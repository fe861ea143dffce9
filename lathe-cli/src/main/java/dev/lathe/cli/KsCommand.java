package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.stats.test.InferenceResult;
import dev.lathe.stats.test.KolmogorovSmirnovTests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lathe stats ks}: Kolmogorov-Smirnov test of two groups, or of one column against a normal distribution. */
@Command(name = "ks", mixinStandardHelpOptions = true,
        description = "Kolmogorov-Smirnov test: --value between the two groups of --group, or --value against "
                + "Normal(--mean, --sd).")
final class KsCommand extends TestCommand {

    @Option(names = "--value", required = true, paramLabel = "COLUMN", description = "Numeric column to test.")
    String value;

    @Option(names = "--group", paramLabel = "COLUMN", description = "Column with two groups: a two-sample test.")
    String group;

    @Option(names = "--mean", defaultValue = "0", description = "Mean of the normal distribution (default: ${DEFAULT-VALUE}).")
    double mean;

    @Option(names = "--sd", defaultValue = "1",
            description = "Standard deviation of the normal distribution (default: ${DEFAULT-VALUE}).")
    double sd;

    @Override
    InferenceResult test(Frame frame) {
        if (group != null) {
            TestData.Groups g = TestData.groups(frame, value, group);
            return withExtras(KolmogorovSmirnovTests.twoSample(g.x(), g.y(), options.alternative()),
                    groups(g.first(), g.second()));
        }
        return KolmogorovSmirnovTests.normal(TestData.values(frame, value), mean, sd, options.alternative());
    }
}
