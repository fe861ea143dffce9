package dev.lathe.ops.serve;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.Callable;

/**
 * What every endpoint shares: the models, the options, the admission cap, and the steps each request goes
 * through (authorisation, labelling for metrics and the log, answering JSON).
 */
final class Serving {

    /** Request attribute: the model a request addressed, for metrics and the access log. */
    static final String MODEL = "lathe.model";
    /** Request attribute: the endpoint's name, for metrics. */
    static final String ENDPOINT = "lathe.endpoint";

    private final ServedModels models;
    private final ServerOptions options;
    private final Admission admission;

    Serving(ServedModels models, ServerOptions options, Admission admission) {
        this.models = models;
        this.options = options;
        this.admission = admission;
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

    /** The result of {@code work}, computed within the concurrency cap and the request timeout. */
    <T> T admitted(Callable<T> work) throws Exception {
        return admission.run(work);
    }

    /** Answers {@code status} with {@code body} as JSON. */
    static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(JsonBodies.write(body));
    }
}
