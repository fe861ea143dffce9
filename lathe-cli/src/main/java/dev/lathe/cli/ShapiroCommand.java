package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.stats.test.InferenceResult;
import dev.lathe.stats.test.OneSampleTests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lathe stats shapiro}: the Shapiro-Wilk test of normality of one column. */
@Command(name = "shapiro", mixinStandardHelpOptions = true, description = "Shapiro-Wilk test of normality of --value.")
final class ShapiroCommand extends TestCommand {

    @Option(names = "--value", required = true, paramLabel = "COLUMN", description = "Numeric column (3 to 5000 values).")
    String value;

    @Override
    InferenceResult test(Frame frame) {
        twoSidedOnly("the Shapiro-Wilk test");
        return OneSampleTests.shapiroWilk(TestData.values(frame, value));
    }
}
