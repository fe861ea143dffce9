package dev.lathe.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lathe recommend}: recommenders from user-item interactions, one subcommand per task. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Recommenders from user-item interactions: popularity, als, implicit_als, item_knn.",
        subcommands = {RecommendTrainCommand.class, RecommendEvaluateCommand.class, RecommendPredictCommand.class})
final class RecommendCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
