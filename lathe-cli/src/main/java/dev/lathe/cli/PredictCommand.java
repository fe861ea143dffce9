package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvWriter;
import dev.lathe.pipeline.FittedPipeline;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lathe predict MODEL DATA}: batch predictions of a saved pipeline as CSV. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Batch predictions of a saved model (.lathe) for every row of a CSV file.")
final class PredictCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = ModelArgument.HELP)
    String model;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "1", paramLabel = "DATA", description = "CSV file with the model's feature columns.")
    Path data;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write (default: standard output).")
    Path output;

    @Option(names = "--keep", paramLabel = "COLUMN", split = ",",
            description = "Input columns to copy next to the predictions (e.g. an id).")
    List<String> keep = new ArrayList<>();

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FittedPipeline pipeline = FittedPipeline.load(ModelArgument.resolve(model, storeOptions));
        Frame input = dataOptions.readFor(data, pipeline.inputSchema());
        Frame predictions = pipeline.predict(input);
        for (int k = keep.size() - 1; k >= 0; k--) {
            Frame kept = input.select(keep.get(k));
            List<dev.lathe.frame.Column> columns = new ArrayList<>(kept.columns());
            columns.addAll(predictions.columns());
            predictions = Frame.of(columns);
        }
        if (output != null) {
            CsvWriter.write(predictions, output);
            spec.commandLine().getErr().println("wrote " + predictions.rowCount() + " predictions to " + output);
        } else {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CsvWriter.write(predictions, bytes);
            spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
