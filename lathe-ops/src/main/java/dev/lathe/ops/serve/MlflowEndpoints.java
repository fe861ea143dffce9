package dev.lathe.ops.serve;

import dev.lathe.Lathe;
import dev.lathe.frame.Frame;
import io.javalin.config.RoutesConfig;
import java.util.Map;

/**
 * The MLflow scoring protocol: {@code POST /invocations} ({@code ?model=NAME} picks a model other than the
 * first), {@code GET /ping} and {@code /health} (200 once models are loaded), {@code GET /version}.
 */
final class MlflowEndpoints {

    private MlflowEndpoints() {
    }

    static void register(RoutesConfig routes, Serving s) {
        routes.get("/ping", ctx -> Serving.label(ctx, "ping", null));
        routes.get("/health", ctx -> Serving.label(ctx, "health", null));
        routes.get("/version", ctx -> {
            Serving.label(ctx, "version", null);
            ctx.result(Lathe.version());
        });
        routes.post("/invocations", ctx -> {
            String name = ctx.queryParam("model");
            ModelSlot slot = name == null ? s.models().first() : s.models().slot(name);
            Serving.label(ctx, "invocations", slot.name());
            s.authorize(ctx);
            ServedModel model = slot.current();
            Frame rows = MlflowRequest.read(ctx.header("Content-Type"), ctx.bodyAsBytes(),
                    model.pipeline().inputSchema(), s.options().maxRows());
            Frame predictions = s.predict(model, rows, ctx);
            Serving.json(ctx, 200, Map.of("predictions", PredictionValues.mlflow(predictions)));
        });
    }
}
