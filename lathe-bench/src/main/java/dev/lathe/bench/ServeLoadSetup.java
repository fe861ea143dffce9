package dev.lathe.bench;

import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prepares the HTTP load comparison of {@code lathe serve} with Flask and gunicorn (see docs/benchmarks.md):
 * writes into DIR the training rows of {@link ServeLatencyRun} ({@code train.csv}, 20,000 rows), the same
 * pipeline fitted by Lathe ({@code model.lathe}) and one single-row MLflow {@code dataframe_split} body
 * ({@code body.json}) that both servers answer. {@code lathe-bench/peers/flask_serve.py} fits the equivalent
 * scikit-learn pipeline on {@code train.csv}.
 *
 * <p>Usage: {@code java -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.ServeLoadSetup DIR}
 */
public final class ServeLoadSetup {

    private ServeLoadSetup() {
    }

    /** Writes the three files into the folder named by the one argument. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        Frame train = ServeLatencyRun.data(20_000, 1, true);
        CsvWriter.write(train, dir.resolve("train.csv"));
        ServeLatencyRun.fit(train).save(dir.resolve("model.lathe"));
        Files.write(dir.resolve("body.json"), ServeLatencyRun.body(ServeLatencyRun.data(1, 2, false), 0));
        System.out.println("wrote train.csv, model.lathe and body.json to " + dir);
    }
}
