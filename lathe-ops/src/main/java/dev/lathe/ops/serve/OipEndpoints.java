package dev.lathe.ops.serve;

import dev.lathe.frame.Frame;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The Open Inference Protocol (KServe V2) over REST: server metadata and health, model metadata and
 * readiness, and inference, with or without {@code /versions/{version}}; a version other than the one
 * served is a 404.
 */
final class OipEndpoints {

    private OipEndpoints() {
    }

    static void register(RoutesConfig routes, Serving s) {
        routes.get("/v2", ctx -> {
            Serving.label(ctx, "v2", null);
            Serving.json(ctx, 200, OipDocuments.server());
        });
        routes.get("/v2/health/live", ctx -> Serving.label(ctx, "live", null));
        routes.get("/v2/health/ready", ctx -> Serving.label(ctx, "ready", null));
        for (String base : new String[] {"/v2/models/{name}", "/v2/models/{name}/versions/{version}"}) {
            routes.get(base, ctx -> Serving.json(ctx, 200, OipDocuments.model(model(ctx, s, "metadata"))));
            routes.get(base + "/ready", ctx -> model(ctx, s, "model_ready"));
            routes.post(base + "/infer", ctx -> {
                ServedModel model = model(ctx, s, "infer");
                OipRequest request = OipRequest.read(ctx.bodyAsBytes(), model.pipeline().inputSchema(),
                        s.options().maxRows());
                Frame predictions = s.predict(model, request.rows(), ctx);
                Serving.json(ctx, 200, OipDocuments.inferResponse(model, request.id(), predictions));
            });
        }
    }

    /** The model the path names, after authorisation; 404 for an unknown name or a version not served. */
    private static ServedModel model(Context ctx, Serving s, String endpoint) {
        ModelSlot slot = s.models().slot(ctx.pathParam("name"));
        Serving.label(ctx, endpoint, slot.name());
        s.authorize(ctx);
        ServedModel model = slot.current();
        String version = ctx.pathParamMap().get("version");
        if (version != null && !version.equals(model.version())) {
            throw RequestException.notFound("model '" + slot.name() + "' has no version '" + version
                    + "'; it serves version " + model.version());
        }
        return model;
    }
}
