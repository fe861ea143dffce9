package dev.lathe.cli;

import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.Schema;
import dev.lathe.frame.UnknownColumnException;
import dev.lathe.frame.csv.CsvOptions;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.frame.csv.CsvWriter;
import dev.lathe.pipeline.FittedPipeline;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    @Parameters(index = "0", paramLabel = "MODEL", description = "Model file written by lathe train.")
    Path model;

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
        FittedPipeline pipeline = FittedPipeline.load(model);
        Frame input;
        try {
            input = CsvReader.read(data, withTrainingTypes(dataOptions.options(), pipeline.inputSchema()));
        } catch (UnknownColumnException e) {
            throw new IllegalArgumentException(data + " lacks column '" + e.requested()
                    + "' that the model was trained on");
        }
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

    /**
     * The user's options with the training types forced for the model's columns (the user's own --type wins),
     * so that a small file reads its columns as the model expects.
     */
    private static CsvOptions withTrainingTypes(CsvOptions options, Schema schema) {
        Map<String, ColumnType> types = new HashMap<>();
        for (Schema.Field f : schema.fields()) {
            types.put(f.name(), f.type());
        }
        types.putAll(options.types());
        return options.withTypes(types);
    }
}
