package dev.lathe.cli;

import dev.lathe.stats.test.InferenceResult;
import dev.lathe.stats.test.KruskalWallis;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code lathe stats kruskal DATA --value COL --group COL}: Kruskal-Wallis H test (tie-corrected): all groups from one distribution. */
@Command(name = "kruskal", mixinStandardHelpOptions = true, description = "Kruskal-Wallis H test (tie-corrected): all groups from one distribution.")
final class KruskalCommand extends GroupTestCommand {

    @Override
    InferenceResult test(List<String> names, double[][] groups) {
        return KruskalWallis.test(names, groups);
    }
}
