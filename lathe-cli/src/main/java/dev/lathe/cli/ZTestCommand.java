package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.stats.test.InferenceResult;
import dev.lathe.stats.test.ZTests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lathe stats ztest}: z-test for a mean, with a known --sigma or the sample's standard deviation. */
@Command(name = "ztest", mixinStandardHelpOptions = true,
        description = "z-test for a mean: against --mu with a known --sigma (else the sample's standard deviation).")
final class ZTestCommand extends TestCommand {

    @Option(names = "--value", required = true, paramLabel = "COLUMN", description = "Numeric column to test.")
    String value;

    @Option(names = "--mu", defaultValue = "0", description = "Mean under H0 (default: ${DEFAULT-VALUE}).")
    double mu;

    @Option(names = "--sigma", description = "Known standard deviation (default: estimated from the sample).")
    Double sigma;

    @Override
    InferenceResult test(Frame frame) {
        return ZTests.mean(TestData.values(frame, value), mu, sigma == null ? Double.NaN : sigma,
                options.alternative(), options.confidence());
    }
}
