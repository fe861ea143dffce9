package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.stats.test.InferenceResult;
import dev.lathe.stats.test.ZTests;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lathe stats prop}: z-test for one proportion (against --p0) or two (by --group). */
@Command(name = "prop", mixinStandardHelpOptions = true,
        description = "z-test for a proportion of successes in a binary column: against --p0, or between the two "
                + "groups of --group.")
final class PropCommand extends TestCommand {

    @Option(names = "--value", required = true, paramLabel = "COLUMN",
            description = "Binary column: 0/1, true/false, or any labels with --success.")
    String value;

    @Option(names = "--success", paramLabel = "LABEL", description = "The label that counts as a success.")
    String success;

    @Option(names = "--group", paramLabel = "COLUMN", description = "Column with two groups: a two-proportion test.")
    String group;

    @Option(names = "--p0", defaultValue = "0.5", description = "Proportion under H0 for one sample (default: ${DEFAULT-VALUE}).")
    double p0;

    @Override
    InferenceResult test(Frame frame) {
        int[] outcome = TestData.outcomes(frame, value, success);
        if (group == null) {
            long k = 0;
            long n = 0;
            for (int o : outcome) {
                if (o >= 0) {
                    n++;
                    k += o;
                }
            }
            return ZTests.proportion(k, n, p0, options.alternative(), options.confidence());
        }
        var g = frame.column(group);
        long[][] counts = new long[2][2];
        List<String> labels = TestData.twoLabels(frame, group, i -> outcome[i] >= 0);
        for (int i = 0; i < outcome.length; i++) {
            if (outcome[i] >= 0 && !g.isMissing(i)) {
                int which = labels.indexOf(g.format(i));
                counts[which][0] += outcome[i];
                counts[which][1]++;
            }
        }
        InferenceResult r = ZTests.twoProportions(counts[0][0], counts[0][1], counts[1][0], counts[1][1],
                options.alternative(), options.confidence());
        return withExtras(r, groups(labels.get(0), labels.get(1)));
    }
}
