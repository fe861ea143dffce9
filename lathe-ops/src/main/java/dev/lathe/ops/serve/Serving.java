package dev.lathe.ops.serve;

import dev.lathe.frame.Frame;
import dev.lathe.ops.live.LiveMonitor;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * What every endpoint shares: the models, the options, the admission cap, and the steps each request goes
 * through (authorisation, labelling for metrics and the log, answering JSON).
 */
final class Serving {

    /** Request attribute: the model a request addressed, for metrics and the access log. */
    static final String MODEL = "lathe.model";
    /** Request attribute: the endpoint's name, for metrics. */
    static final String ENDPOINT = "lathe.endpoint";
    /** Request attribute: the request's id (given as X-Request-ID or made up). */
    static final String REQUEST_ID = "lathe.request_id";

    private final ServedModels models;
    private final ServerOptions options;
    private final Admission admission;
    private final MicroBatcher batcher;
    private final ServerMetrics metrics;
    private final LiveMonitor live;

    /**
     * With a null {@code batcher} every request is predicted on its own within the admission cap; with a null
     * {@code live} traffic is not monitored.
     */
    Serving(ServedModels models, ServerOptions options, Admission admission, MicroBatcher batcher,
            ServerMetrics metrics, LiveMonitor live) {
        this.models = models;
        this.options = options;
        this.admission = admission;
        this.batcher = batcher;
        this.metrics = metrics;
        this.live = live;
    }

    ServedModels models() {
        return models;
    }

    ServerOptions options() {
        return options;
    }

    /** Names the endpoint (and the model, when there is one) the request is counted under. */
    static void label(Context ctx, String endpoint, String model) {
        ctx.attribute(ENDPOINT, endpoint);
        if (model != null) {
            ctx.attribute(MODEL, model);
        }
    }

    /** Refuses with 401 a request without the server's bearer token, when the server has one. */
    void authorize(Context ctx) {
        if (options.token() != null && !tokenMatches(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new RequestException(401, "this endpoint needs 'Authorization: Bearer <token>' with the server's token");
        }
    }

    /** True when {@code header} carries the server's token (compared in constant time). */
    boolean tokenMatches(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(header.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8),
                options.token().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The predictions of {@code model} for {@code rows}: joined with concurrent requests in a micro-batch when
     * the server batches, else computed on their own within the concurrency cap; within the request timeout
     * either way. With live monitoring on, the rows and predictions are then offered to the monitor (which
     * never makes the request wait).
     */
    Frame predict(ServedModel model, Frame rows, Context ctx) throws Exception {
        Frame predictions = batcher != null ? batcher.predict(model, rows) : admission.run(() -> {
            metrics.batch(rows.rowCount());
            return model.predict(rows);
        });
        if (live != null) {
            live.offer(model.name(), model.pipeline().profile().orElse(null), ctx.attribute(REQUEST_ID), rows,
                    predictions);
        }
        return predictions;
    }

    /** Answers {@code status} with {@code body} as JSON. */
    static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(JsonBodies.write(body));
    }
}
