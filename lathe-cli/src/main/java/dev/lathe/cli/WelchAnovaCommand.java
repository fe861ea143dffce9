package dev.lathe.cli;

import dev.lathe.stats.test.InferenceResult;
import dev.lathe.stats.test.WelchAnova;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code lathe stats welch-anova DATA --value COL --group COL}: Welch's one-way ANOVA: equal means without assuming equal variances. */
@Command(name = "welch-anova", mixinStandardHelpOptions = true, description = "Welch's one-way ANOVA: equal means without assuming equal variances.")
final class WelchAnovaCommand extends GroupTestCommand {

    @Override
    InferenceResult test(List<String> names, double[][] groups) {
        return WelchAnova.test(names, groups);
    }
}
