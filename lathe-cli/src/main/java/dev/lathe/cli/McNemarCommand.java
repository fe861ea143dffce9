package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.stats.test.InferenceResult;
import dev.lathe.stats.test.McNemar;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lathe stats mcnemar}: McNemar's test of two paired binary columns. */
@Command(name = "mcnemar", mixinStandardHelpOptions = true,
        description = "McNemar's test that the paired binary columns --value and --paired-with have the same rate.")
final class McNemarCommand extends TestCommand {

    @Option(names = "--value", required = true, paramLabel = "COLUMN", description = "First binary outcome of each row.")
    String value;

    @Option(names = "--paired-with", required = true, paramLabel = "COLUMN", description = "Second binary outcome of each row.")
    String pairedWith;

    @Option(names = "--success", paramLabel = "LABEL", description = "The label that counts as a success in both columns.")
    String success;

    @Option(names = "--exact", description = "Exact binomial test of the discordant pairs instead of chi-square.")
    boolean exact;

    @Option(names = "--no-correction", description = "No continuity correction in the chi-square form.")
    boolean noCorrection;

    @Override
    InferenceResult test(Frame frame) {
        twoSidedOnly("McNemar's test");
        int[] first = TestData.outcomes(frame, value, success);
        int[] second = TestData.outcomes(frame, pairedWith, success);
        long[][] table = new long[2][2];
        for (int i = 0; i < first.length; i++) {
            if (first[i] >= 0 && second[i] >= 0) {
                table[1 - first[i]][1 - second[i]]++;
            }
        }
        return withExtras(McNemar.test(table, exact, !noCorrection, options.confidence()),
                Map.of("table", TestData.asLists(table)));
    }
}
