package dev.lathe.cli;

import dev.lathe.ops.registry.ModelRegistry;
import dev.lathe.ops.registry.ModelUri;
import dev.lathe.ops.serve.FileModelSource;
import dev.lathe.ops.serve.ModelSource;
import dev.lathe.ops.serve.PredictionServer;
import dev.lathe.ops.serve.RegistryModelSource;
import dev.lathe.ops.serve.ServerOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lathe serve --model FILE [--model NAME=FILE ...]}: serves saved models over HTTP (MLflow scoring
 * protocol and Open Inference Protocol) until stopped; SIGTERM or Ctrl-C drains requests in flight first.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve saved models over HTTP: MLflow's /invocations and the Open Inference Protocol's /v2.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "[NAME=]MODEL",
            description = "Model to serve: a file, or models:/NAME/VERSION or models:/NAME@ALIAS from the registry "
                    + "(an alias is followed as it moves: see --poll-seconds), under NAME (default: the registered name, or the file name without "
                    + ".lathe). Repeatable; the first answers /invocations.")
    List<String> models = new ArrayList<>();

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding a bearer token that prediction and metadata requests must carry; "
                    + "enables POST /admin/reload (which always needs it).")
    Path tokenFile;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "Most rows per request (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "16777216",
            description = "Largest request body (default: ${DEFAULT-VALUE}).")
    long maxBodyBytes;

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Predictions computed at once (default: two per core).")
    Integer maxConcurrent;

    @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "30000",
            description = "Longest a prediction may wait and run before answering 503 (default: ${DEFAULT-VALUE}).")
    long timeoutMs;

    @Option(names = "--poll-seconds", paramLabel = "S", defaultValue = "10",
            description = "How often to check whether a served registry alias points to a new version, and swap "
                    + "that version in (default: ${DEFAULT-VALUE}; 0 turns polling off).")
    long pollSeconds;

    @Option(names = "--batch-rows", paramLabel = "N", defaultValue = "0",
            description = "Join concurrent requests into micro-batches of at most N rows (default: ${DEFAULT-VALUE}, off).")
    int batchRows;

    @Option(names = "--batch-wait-ms", paramLabel = "MS", defaultValue = "0",
            description = "How long a micro-batch may wait for more requests after its first (default: ${DEFAULT-VALUE}: "
                    + "never; batches then form only from requests already waiting).")
    long batchWaitMs;

    @picocli.CommandLine.Mixin
    LiveMonitorOptions liveMonitor;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PredictionServer server = start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "lathe-serve-shutdown"));
        stopped.await();
        return 0;
    }

    /** Loads the models and starts the server; the caller stops it. */
    PredictionServer start() throws IOException {
        String token = null;
        if (tokenFile != null) {
            token = Files.readString(tokenFile).trim();
            if (token.isEmpty()) {
                throw new IllegalArgumentException(tokenFile + " holds no token");
            }
        }
        ServerOptions defaults = ServerOptions.defaults(host, port, token);
        ServerOptions options = defaults.withMaxRows(maxRows).withMaxBodyBytes(maxBodyBytes)
                .withConcurrency(maxConcurrent == null ? defaults.maxConcurrent() : maxConcurrent,
                        Duration.ofMillis(timeoutMs));
        if (pollSeconds < 0) {
            throw new IllegalArgumentException("--poll-seconds must be 0 or more, got " + pollSeconds);
        }
        options = options.withPollInterval(Duration.ofSeconds(pollSeconds))
                .withBatching(batchRows, Duration.ofMillis(batchWaitMs));
        PrintWriter err = spec.commandLine().getErr();
        PredictionServer server = PredictionServer.start(options, sources(), line -> {
            err.println(line);
            err.flush();
        }, liveMonitor.toOptions());
        for (String name : server.models().names()) {
            err.println("serving " + name + " (version " + server.models().slot(name).current().version() + ")");
        }
        err.println("listening on http://" + host + ":" + server.port()
                + (token == null ? " (no token: prediction is open, no admin endpoints)" : ""));
        err.flush();
        return server;
    }

    private Map<String, ModelSource> sources() {
        Map<String, ModelSource> out = new LinkedHashMap<>();
        ModelRegistry registry = null;
        for (String m : models) {
            int eq = m.indexOf('=');
            String target = eq < 0 ? m : m.substring(eq + 1);
            ModelSource source;
            String fallbackName;
            if (ModelUri.isModelUri(target)) {
                registry = registry != null ? registry : new ModelRegistry(storeOptions.open());
                source = new RegistryModelSource(registry, target);
                fallbackName = ModelUri.parse(target).name();
            } else {
                Path file = Path.of(target);
                source = new FileModelSource(file);
                fallbackName = file.getFileName().toString().replaceFirst("\\.lathe$", "");
            }
            String name = eq >= 0 ? m.substring(0, eq) : fallbackName;
            if (!name.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException("model name '" + name
                        + "' may hold only letters, digits, '.', '_' and '-'");
            }
            if (out.put(name, source) != null) {
                throw new IllegalArgumentException("two models are named '" + name
                        + "'; give them names with --model NAME=FILE");
            }
        }
        return out;
    }
}
