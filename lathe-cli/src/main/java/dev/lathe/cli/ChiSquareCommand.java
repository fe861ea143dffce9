package dev.lathe.cli;

import dev.lathe.stats.test.ContingencyTests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lathe stats chi2}: Pearson's chi-square test of independence or goodness of fit. */
@Command(name = "chi2", mixinStandardHelpOptions = true,
        description = "Pearson's chi-square test: independence of --value and --group (Yates' correction for 2 x 2), "
                + "or goodness of fit of --value to --probabilities.")
final class ChiSquareCommand extends ContingencyCommand {

    @Option(names = "--no-yates", description = "No continuity correction for a 2 x 2 table.")
    boolean noYates;

    @Override
    ContingencyTests.Statistic statistic() {
        return ContingencyTests.Statistic.PEARSON;
    }

    @Override
    boolean yates() {
        return !noYates;
    }
}
