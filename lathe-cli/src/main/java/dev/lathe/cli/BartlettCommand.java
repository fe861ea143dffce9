package dev.lathe.cli;

import dev.lathe.stats.test.InferenceResult;
import dev.lathe.stats.test.Bartlett;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code lathe stats bartlett DATA --value COL --group COL}: Bartlett's test of equal variances (assumes normal data). */
@Command(name = "bartlett", mixinStandardHelpOptions = true, description = "Bartlett's test of equal variances (assumes normal data).")
final class BartlettCommand extends GroupTestCommand {

    @Override
    InferenceResult test(List<String> names, double[][] groups) {
        return Bartlett.test(names, groups);
    }
}
