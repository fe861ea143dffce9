package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.io.AtomicFiles;
import dev.lathe.ops.flow.StarterSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lathe init DATA --target COL [-o flow.yaml] [--force]}: writes a commented starter flow spec. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a commented starter flow spec for a CSV file and its target: inferred types, checks, "
                + "a preparation and candidate models (then: lathe run FLOW.yaml).")
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA", description = "The training CSV file.")
    Path data;

    @Option(names = "--target", required = true, paramLabel = "COLUMN", description = "Column to predict.")
    String target;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "flow.yaml",
            description = "Where the spec goes (default ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--force", description = "Replace an existing spec file.")
    boolean force;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(output) && !force) {
            throw new IllegalArgumentException(output + " already exists; give --force to replace it or -o another "
                    + "file");
        }
        Frame frame = dataOptions.read(data);
        Path folder = output.toAbsolutePath().getParent();
        String path = folder.relativize(data.toAbsolutePath()).toString().replace('\\', '/');
        String yaml = StarterSpec.yaml(frame, path, target);
        AtomicFiles.write(output, out -> out.write(yaml.getBytes(StandardCharsets.UTF_8)));
        spec.commandLine().getOut().println("wrote " + output + "; fill in the design section, then: lathe run "
                + output);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
