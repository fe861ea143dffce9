package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.stats.test.InferenceResult;
import dev.lathe.stats.test.OneSampleTests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lathe stats binomial}: the exact binomial test of the successes in a binary column. */
@Command(name = "binomial", mixinStandardHelpOptions = true,
        description = "Exact binomial test of the proportion of successes in --value against --p0.")
final class BinomialCommand extends TestCommand {

    @Option(names = "--value", required = true, paramLabel = "COLUMN",
            description = "Binary column: 0/1, true/false, or any labels with --success.")
    String value;

    @Option(names = "--success", paramLabel = "LABEL", description = "The label that counts as a success.")
    String success;

    @Option(names = "--p0", defaultValue = "0.5", description = "Probability of success under H0 (default: ${DEFAULT-VALUE}).")
    double p0;

    @Override
    InferenceResult test(Frame frame) {
        long k = 0;
        long n = 0;
        for (int o : TestData.outcomes(frame, value, success)) {
            if (o >= 0) {
                n++;
                k += o;
            }
        }
        return OneSampleTests.binomial(k, n, p0, options.alternative(), options.confidence());
    }
}
