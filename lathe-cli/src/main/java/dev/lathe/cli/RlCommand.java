package dev.lathe.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lathe rl}: reinforcement learning on the built-in environments. */
@Command(name = "rl", mixinStandardHelpOptions = true,
        description = "Reinforcement learning: train agents or solve the built-in environments.",
        subcommands = {RlRunCommand.class})
final class RlCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
