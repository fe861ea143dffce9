package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.stats.test.InferenceResult;
import dev.lathe.stats.test.RankTests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lathe stats wilcoxon}: the Wilcoxon signed-rank test of one column against --mu or of paired columns. */
@Command(name = "wilcoxon", mixinStandardHelpOptions = true,
        description = "Wilcoxon signed-rank test of --value against --mu, or of --value minus --paired-with.")
final class WilcoxonCommand extends TestCommand {

    @Option(names = "--value", required = true, paramLabel = "COLUMN", description = "Numeric column to test.")
    String value;

    @Option(names = "--paired-with", paramLabel = "COLUMN", description = "Second measurement of each row.")
    String pairedWith;

    @Option(names = "--mu", defaultValue = "0", description = "Centre (or difference) under H0 (default: ${DEFAULT-VALUE}).")
    double mu;

    @Option(names = "--method", defaultValue = "auto",
            description = "p-value: auto (exact without ties or zeros below 50 values), exact or asymptotic (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--no-continuity", description = "No continuity correction in the normal approximation.")
    boolean noContinuity;

    @Override
    InferenceResult test(Frame frame) {
        RankTests.Method m = RankTests.Method.parse(method);
        if (pairedWith != null) {
            double[][] xy = TestData.pairs(frame, value, pairedWith);
            return RankTests.signedRank(xy[0], xy[1], mu, options.alternative(), m, !noContinuity);
        }
        return RankTests.signedRank(TestData.values(frame, value), mu, options.alternative(), m, !noContinuity);
    }
}
