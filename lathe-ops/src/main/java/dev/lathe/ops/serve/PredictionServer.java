package dev.lathe.ops.serve;

import dev.lathe.ops.live.LiveMonitor;
import dev.lathe.ops.live.LiveOptions;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The prediction server: saved pipelines behind the MLflow scoring protocol and the Open Inference Protocol,
 * with bearer-token authorisation, a concurrency cap, request timeouts, Prometheus metrics at
 * {@code /metrics}, a structured access log and graceful shutdown that drains requests in flight.
 */
public final class PredictionServer implements AutoCloseable {

    private static final String REQUEST_ID = Serving.REQUEST_ID;
    private static final String STARTED = "lathe.started";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final ServerOptions options;
    private final ServerMetrics metrics = new ServerMetrics();
    private final ServedModels models = new ServedModels();
    private final Admission admission;
    private final MicroBatcher batcher;
    private final AccessLog accessLog;
    private final Javalin app;
    private final Consumer<String> log;
    private final LiveMonitor live;
    private volatile SourcePoller poller;
    private volatile boolean draining;

    private PredictionServer(ServerOptions options, Map<String, ModelSource> sources, Consumer<String> log,
                             LiveOptions liveOptions) throws IOException {
        this.options = options;
        this.live = liveOptions == null ? null : new LiveMonitor(liveOptions, metrics.registry(), log);
        this.accessLog = new AccessLog(log);
        for (Map.Entry<String, ModelSource> e : sources.entrySet()) {
            models.add(new ModelSlot(e.getKey(), e.getValue(), metrics::swapped));
        }
        this.admission = new Admission(options.maxConcurrent(), options.requestTimeout());
        this.log = log;
        this.batcher = options.maxBatchRows() == 0 ? null : new MicroBatcher(options.maxConcurrent(),
                options.maxBatchRows(), options.batchWait(), options.requestTimeout(), metrics::batch);
        Serving serving = new Serving(models, options, admission, batcher, metrics, live);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.routes.before(this::begin);
            MlflowEndpoints.register(config.routes, serving);
            OipEndpoints.register(config.routes, serving);
            if (options.token() != null) {
                AdminEndpoints.register(config.routes, serving);
            }
            config.routes.get("/metrics", ctx -> {
                Serving.label(ctx, "metrics", null);
                ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
            });
            config.routes.exception(RequestException.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.accept(new String(JsonBodies.write(Map.of("error", String.valueOf(e),
                        "request_id", String.valueOf(ctx.attribute(REQUEST_ID)))), StandardCharsets.UTF_8));
                fail(ctx, 500, "internal error; request id " + ctx.attribute(REQUEST_ID));
            });
            config.requestLogger.http(this::end);
        });
    }

    /**
     * Loads every model (warming each), then starts listening.
     *
     * @param options how to listen and what to admit
     * @param sources model name to where it is read from, in order (the first answers {@code /invocations})
     * @param log     receives access-log and error lines (one JSON object each)
     * @return the running server
     * @throws IOException when a model cannot be read
     * @throws RuntimeException when the port cannot be bound (Javalin's message says why)
     */
    public static PredictionServer start(ServerOptions options, Map<String, ModelSource> sources, Consumer<String> log)
            throws IOException {
        return start(options, sources, log, null);
    }

    /**
     * As {@link #start(ServerOptions, Map, Consumer)}, with live monitoring of the traffic (sampled requests
     * logged and compared window by window with each model's reference profile; gauges on {@code /metrics}).
     *
     * @param live how to monitor, or null for no monitoring (the default)
     */
    public static PredictionServer start(ServerOptions options, Map<String, ModelSource> sources, Consumer<String> log,
                                         LiveOptions live) throws IOException {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("give at least one model to serve");
        }
        PredictionServer server = new PredictionServer(options, sources, log, live);
        try {
            server.app.start();
        } catch (RuntimeException e) {
            server.closeWorkers();
            throw e;
        }
        if (!options.pollInterval().isZero()) {
            server.poller = new SourcePoller(server.models, options.pollInterval(), server.log);
        }
        return server;
    }

    /** The port the server listens on (useful when started on port 0). */
    public int port() {
        return app.port();
    }

    /** Requests being answered now. */
    public int inFlight() {
        return metrics.inFlight();
    }

    /** Whether {@link #close()} has begun: new requests are refused from then on. */
    public boolean draining() {
        return draining;
    }

    /** The live monitor, or null when traffic is not monitored. */
    public LiveMonitor live() {
        return live;
    }

    /** The models served. */
    public ServedModels models() {
        return models;
    }

    private void begin(Context ctx) {
        metrics.started();
        ctx.attribute(STARTED, System.nanoTime());
        String given = ctx.header("X-Request-ID");
        String id = given != null && SAFE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.attribute(REQUEST_ID, id);
        ctx.header("X-Request-ID", id);
        if (draining && !ctx.path().startsWith("/v2/health") && !ctx.path().equals("/metrics")) {
            throw new RequestException(503, "the server is shutting down");
        }
        String length = ctx.header("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > options.maxBodyBytes()) {
            throw new RequestException(413, "the body holds " + length + " bytes, more than the limit of "
                    + options.maxBodyBytes());
        }
    }

    private void end(Context ctx, Float millis) {
        Long started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        String model = ctx.attribute(Serving.MODEL);
        String endpoint = ctx.attribute(Serving.ENDPOINT);
        int status = ctx.status().getCode();
        metrics.finished(model == null ? "" : model, endpoint == null ? "other" : endpoint, status,
                System.nanoTime() - started);
        accessLog.log(ctx.attribute(REQUEST_ID), ctx.method().name(), ctx.path(), status,
                model == null ? "" : model, millis);
    }

    private void closeWorkers() {
        admission.close();
        if (live != null) {
            live.close();
        }
        if (batcher != null) {
            batcher.close();
        }
    }

    private synchronized void stopPolling() {
        if (poller != null) {
            poller.close();
        }
    }

    private static void fail(Context ctx, int status, String message) {
        Serving.json(ctx, status, ErrorBodies.of(ctx.path(), status, message));
    }

    /**
     * Graceful shutdown: new requests get 503 (health and metrics still answer), requests in flight finish
     * (for up to the drain timeout), then the server stops.
     */
    @Override
    public void close() {
        stopPolling();
        draining = true;
        long deadline = System.nanoTime() + options.drainTimeout().toNanos();
        while (metrics.inFlight() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        app.stop();
        closeWorkers();
    }
}
