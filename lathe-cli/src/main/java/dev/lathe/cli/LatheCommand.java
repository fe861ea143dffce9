package dev.lathe.cli;

import dev.lathe.Lathe;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code lathe} command: subcommands by task. */
@Command(name = "lathe", mixinStandardHelpOptions = true, versionProvider = LatheCommand.Version.class,
        description = "Machine-learning workflow toolkit: from data set to monitored model.",
        subcommands = {DescribeCommand.class, ExploreCommand.class, GenerateCommand.class, TrainCommand.class,
                EvaluateCommand.class, PredictCommand.class, ServeCommand.class, ExplainCommand.class,
                CheckCommand.class, StatsCommand.class, InitCommand.class, RunCommand.class, ExperimentsCommand.class,
                RunsCommand.class, RegistryCommand.class, GateCommand.class, MonitorCommand.class,
                RecommendCommand.class, RlCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the work ran and its verdict is negative",
                "2:bad usage or bad input (one line 'error: ...' on standard error)"})
public final class LatheCommand implements Runnable {

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Supplies {@code --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"lathe " + Lathe.version(), "Java " + Runtime.version()};
        }
    }
}
