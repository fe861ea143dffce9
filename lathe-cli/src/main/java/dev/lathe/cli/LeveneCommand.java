package dev.lathe.cli;

import dev.lathe.stats.test.InferenceResult;
import dev.lathe.stats.test.Levene;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lathe stats levene DATA --value COL --group COL}: Levene's test of equal variances; --center median (default) is the Brown-Forsythe test. */
@Command(name = "levene", mixinStandardHelpOptions = true, description = "Levene's test of equal variances; --center median (default) is the Brown-Forsythe test.")
final class LeveneCommand extends GroupTestCommand {

    @Option(names = "--center", paramLabel = "mean|median", defaultValue = "median",
            description = "Deviations from the group mean (Levene) or median (Brown-Forsythe; default: ${DEFAULT-VALUE}).")
    String center;

    @Override
    InferenceResult test(List<String> names, double[][] groups) {
        return Levene.test(Levene.Center.parse(center), names, groups);
    }
}
