package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.frame.csv.CsvWriter;
import dev.lathe.ops.serve.PredictionServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    static Path dir;
    static Path iris;
    static Path model;

    @BeforeAll
    static void trainAModel() throws Exception {
        iris = dir.resolve("iris.csv");
        CsvWriter.write(Datasets.iris().drop("species"), iris);
        Path training = dir.resolve("training.csv");
        CsvWriter.write(Datasets.iris(), training);
        model = dir.resolve("iris.lathe");
        CommandRun run = CommandRun.of("train", training.toString(), "--target", "species", "--model",
                "logistic_regression", "-o", model.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    /** {@code lathe serve} parsed from {@code args}, its log going to {@code log}. */
    private static ServeCommand serve(StringWriter log, String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(log, true));
        CommandLine.ParseResult parsed = cmd.parseArgs(args);
        return (ServeCommand) parsed.subcommand().commandSpec().userObject();
    }

    @Test
    void predictAndServeGiveIdenticalPredictions() throws Exception {
        CommandRun predicted = CommandRun.of("predict", model.toString(), iris.toString());
        assertThat(predicted.exitCode()).as(predicted.err()).isZero();
        Frame batch = CsvReader.read("predict output", predicted.out(), dev.lathe.frame.csv.CsvOptions.defaults());
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, "let-me-in\n");
        StringWriter log = new StringWriter();
        try (PredictionServer server = serve(log, "serve", "--model", "flowers=" + model, "--port", "0",
                "--token-file", tokenFile.toString()).start()) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.port() + "/invocations"))
                    .header("Content-Type", "text/csv").header("Authorization", "Bearer let-me-in")
                    .POST(HttpRequest.BodyPublishers.ofFile(iris)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode served = new ObjectMapper().readTree(r.body()).get("predictions");
            assertThat(served).hasSize(150);
            for (int i = 0; i < 150; i++) {
                JsonNode row = served.get(i);
                assertThat(row.get("prediction").asText()).isEqualTo(batch.column("prediction").format(i));
                for (String p : new String[] {"p_setosa", "p_versicolor", "p_virginica"}) {
                    assertThat(row.get(p).asDouble()).as("row %d %s", i, p).isEqualTo(batch.numeric(p).get(i));
                }
            }
        }
        assertThat(log.toString()).contains("serving flowers (version ", "listening on http://127.0.0.1:",
                "\"path\":\"/invocations\"");
    }

    @Test
    void aRegistryAliasIsServedUnderItsRegisteredName() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(CommandRun.of("registry", "register", model.toString(), "--name", "irises", "--store", store)
                .exitCode()).isZero();
        assertThat(CommandRun.of("registry", "alias", "set", "irises", "champion", "1", "--store", store)
                .exitCode()).isZero();
        StringWriter log = new StringWriter();
        try (PredictionServer server = serve(log, "serve", "--model", "models:/irises@champion", "--store", store,
                "--port", "0").start()) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.port() + "/v2/models/irises/ready")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        assertThat(log.toString()).contains("serving irises (version 1)");
    }

    @Test
    void badModelArgumentsAreOneLineErrors() throws Exception {
        CommandRun missing = CommandRun.of("serve", "--model", dir.resolve("nope.lathe").toString(), "--port", "0");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: ").contains("nope.lathe");
        CommandRun badPoll = CommandRun.of("serve", "--model", model.toString(), "--port", "0", "--poll-seconds", "-1");
        assertThat(badPoll.exitCode()).isEqualTo(2);
        assertThat(badPoll.err()).contains("--poll-seconds must be 0 or more, got -1");
        CommandRun badName = CommandRun.of("serve", "--model", "a b=" + model, "--port", "0");
        assertThat(badName.exitCode()).isEqualTo(2);
        assertThat(badName.err()).contains("model name 'a b'");
        Path empty = dir.resolve("empty-token");
        Files.writeString(empty, "  \n");
        CommandRun noToken = CommandRun.of("serve", "--model", model.toString(), "--port", "0", "--token-file",
                empty.toString());
        assertThat(noToken.exitCode()).isEqualTo(2);
        assertThat(noToken.err()).contains("holds no token");
    }

    @Test
    void monitoringPublishesDriftGaugesAndLogsRows() throws Exception {
        Path logs = dir.resolve("monitor-logs");
        StringWriter log = new StringWriter();
        try (PredictionServer server = serve(log, "serve", "--model", "flowers=" + model, "--port", "0",
                "--monitor", "--monitor-window-rows", "150", "--monitor-log", logs.toString()).start()) {
            HttpClient http = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + server.port());
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/invocations"))
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(iris)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            String metrics = "";
            for (int attempt = 0; attempt < 300 && !metrics.contains("dataset_drift{"); attempt++) {
                Thread.sleep(100);
                metrics = http.send(HttpRequest.newBuilder(base.resolve("/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            }
            // the training rows against the profile of (most of) themselves: no drift
            assertThat(metrics).contains("dataset_drift{model=\"flowers\"} 0.0",
                    "feature_drift_score{feature=\"petal_length\",method=\"ks\",model=\"flowers\"}");
        }
        try (var files = Files.list(logs)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            assertThat(Files.readAllLines(all.get(0))).hasSize(150);
        }
    }

    @Test
    void badMonitoringOptionsAreOneLineErrors() {
        CommandRun rate = CommandRun.of("serve", "--model", model.toString(), "--port", "0", "--monitor",
                "--monitor-sample", "2");
        assertThat(rate.exitCode()).isEqualTo(2);
        assertThat(rate.err()).isEqualTo("error: the sample rate must be in (0, 1], got 2.0" + System.lineSeparator());
        CommandRun alone = CommandRun.of("serve", "--model", model.toString(), "--port", "0", "--monitor-log", "x");
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).startsWith("error: --monitor-* options need --monitor");
        CommandRun window = CommandRun.of("serve", "--model", model.toString(), "--port", "0", "--monitor",
                "--monitor-window-rows", "0");
        assertThat(window.exitCode()).isEqualTo(2);
        assertThat(window.err()).contains("give a window size in rows, a window time, or both");
        CommandRun seconds = CommandRun.of("serve", "--model", model.toString(), "--port", "0", "--monitor",
                "--monitor-window-seconds", "-1");
        assertThat(seconds.exitCode()).isEqualTo(2);
        assertThat(seconds.err()).contains("--monitor-window-seconds must be 0 or more, got -1");
        CommandRun size = CommandRun.of("serve", "--model", model.toString(), "--port", "0", "--monitor",
                "--monitor-log", "x", "--monitor-log-file-mb", "0");
        assertThat(size.exitCode()).isEqualTo(2);
        assertThat(size.err()).contains("--monitor-log-file-mb must be at least 1, got 0");
    }
}
