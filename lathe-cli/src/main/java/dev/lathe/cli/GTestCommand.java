package dev.lathe.cli;

import dev.lathe.stats.test.ContingencyTests;
import picocli.CommandLine.Command;

/** {@code lathe stats gtest}: the G-test (log-likelihood ratio) of independence or goodness of fit. */
@Command(name = "gtest", mixinStandardHelpOptions = true,
        description = "G-test (log-likelihood ratio): independence of --value and --group, or goodness of fit of "
                + "--value to --probabilities.")
final class GTestCommand extends ContingencyCommand {

    @Override
    ContingencyTests.Statistic statistic() {
        return ContingencyTests.Statistic.G;
    }

    @Override
    boolean yates() {
        return false;
    }
}
