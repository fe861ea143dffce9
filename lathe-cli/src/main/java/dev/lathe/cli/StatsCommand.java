package dev.lathe.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lathe stats}: statistical models and tests, one subcommand each. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Statistical models and tests with statsmodels-style summaries.",
        subcommands = {OlsCommand.class, QuantregCommand.class,
            TTestCommand.class, ZTestCommand.class, PropCommand.class, ChiSquareCommand.class, GTestCommand.class,
            FisherCommand.class, MannWhitneyCommand.class, WilcoxonCommand.class, KsCommand.class, ShapiroCommand.class,
            BinomialCommand.class, McNemarCommand.class, CorrCommand.class, AbCommand.class,
            DidCommand.class, PropensityCommand.class, BanditCommand.class,
            AnovaCommand.class, WelchAnovaCommand.class, Anova2Command.class, TukeyCommand.class, KruskalCommand.class,
            LeveneCommand.class, BartlettCommand.class, AdjustCommand.class})
final class StatsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
