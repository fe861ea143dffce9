package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.stats.Correlation;
import dev.lathe.stats.test.CorrelationTests;
import dev.lathe.stats.test.InferenceResult;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lathe stats corr}: significance of the Pearson, Spearman or Kendall correlation of two columns. */
@Command(name = "corr", mixinStandardHelpOptions = true,
        description = "Test of the correlation of --value and --paired-with (Pearson, Spearman or Kendall).")
final class CorrCommand extends TestCommand {

    @Option(names = "--value", required = true, paramLabel = "COLUMN", description = "First numeric column.")
    String value;

    @Option(names = "--paired-with", required = true, paramLabel = "COLUMN", description = "Second numeric column.")
    String pairedWith;

    @Option(names = "--method", defaultValue = "pearson",
            description = "pearson, spearman or kendall (default: ${DEFAULT-VALUE}).")
    String method;

    @Override
    InferenceResult test(Frame frame) {
        Correlation.Method m;
        try {
            m = Correlation.Method.valueOf(method.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --method '" + method + "': expected pearson, spearman or kendall", e);
        }
        double[][] xy = TestData.pairs(frame, value, pairedWith);
        return CorrelationTests.test(m, xy[0], xy[1], options.alternative(), options.confidence());
    }
}
