package dev.lathe.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lathe stats ab}: A/B test design (power, sample size) and analysis from raw rows. */
@Command(name = "ab", mixinStandardHelpOptions = true,
        description = "A/B tests: design (power, sample size, minimum detectable effect) and analysis of raw rows.",
        subcommands = {AbDesignCommand.class, AbAnalyzeCommand.class})
final class AbCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
