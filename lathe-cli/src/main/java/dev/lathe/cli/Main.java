package dev.lathe.cli;

import picocli.CommandLine;

/** Entry point of the {@code lathe} command. */
public final class Main {

    private Main() {
    }

    /** Runs {@code lathe} with {@code args} and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs {@code lathe} with {@code args} and returns the exit code (0 ok, 1 negative verdict, 2 bad input). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, for tests that capture output. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new LatheCommand());
        ErrorReporter reporter = new ErrorReporter();
        cmd.setExecutionExceptionHandler(reporter);
        cmd.setParameterExceptionHandler(reporter);
        return cmd;
    }
}
