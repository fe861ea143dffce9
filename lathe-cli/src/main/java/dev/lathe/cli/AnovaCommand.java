package dev.lathe.cli;

import dev.lathe.stats.test.InferenceResult;
import dev.lathe.stats.test.OneWayAnova;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code lathe stats anova DATA --value COL --group COL}: One-way ANOVA: F test that all group means are equal, with eta squared (and its interval) and omega squared. */
@Command(name = "anova", mixinStandardHelpOptions = true, description = "One-way ANOVA: F test that all group means are equal, with eta squared (and its interval) and omega squared.")
final class AnovaCommand extends GroupTestCommand {

    @Override
    InferenceResult test(List<String> names, double[][] groups) {
        return OneWayAnova.test(names, options.confidence(), groups);
    }
}
