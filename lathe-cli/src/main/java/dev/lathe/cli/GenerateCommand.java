package dev.lathe.cli;

import dev.lathe.data.Synthetic;
import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lathe generate KIND}: a seeded synthetic data set as CSV. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a seeded synthetic data set as CSV. Kinds: classification, regression, friedman, "
                + "blobs, timeseries, abtest.")
final class GenerateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "KIND", description = "What to generate: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Kinds.class)
    String kind;

    @Option(names = "--rows", defaultValue = "1000", description = "Number of rows (default ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default ${DEFAULT-VALUE}); "
            + "the same seed gives the same file.")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write (default: standard output).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Frame frame = Synthetic.generate(kind, rows, seed);
        if (output != null) {
            CsvWriter.write(frame, output);
            spec.commandLine().getErr().println("wrote " + frame.rowCount() + " rows x " + frame.columnCount()
                    + " columns to " + output);
        } else {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CsvWriter.write(frame, bytes);
            spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    /** The generator kinds, for the help text. */
    static final class Kinds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Synthetic.kinds().iterator();
        }
    }
}
