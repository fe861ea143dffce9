package dev.lathe.ops.serve;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /admin/reload[?model=NAME]}: reads the models' sources again and swaps each new model in once
 * it is loaded and warmed, while requests go on being answered by the old one. Registered only on a server
 * with a token, and only answered with it. A model whose reload fails keeps serving its old version; the
 * answer is then a 500 listing, per model, the version served and the error.
 */
final class AdminEndpoints {

    private AdminEndpoints() {
    }

    static void register(RoutesConfig routes, Serving s) {
        if (s.options().token() == null) {
            throw new IllegalStateException("admin endpoints need a token");
        }
        routes.post("/admin/reload", ctx -> {
            Serving.label(ctx, "reload", null);
            s.authorize(ctx);
            String name = ctx.queryParam("model");
            List<ModelSlot> slots = name == null ? new ArrayList<>(s.models().all()) : List.of(s.models().slot(name));
            List<Map<String, Object>> reloaded = new ArrayList<>();
            for (ModelSlot slot : slots) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("model", slot.name());
                String before = slot.current().version();
                try {
                    ServedModel now = slot.reload();
                    entry.put("version", now.version());
                    entry.put("changed", !now.version().equals(before));
                } catch (IOException | RuntimeException e) {
                    entry.put("version", before);
                    entry.put("error", "kept version " + before + ": " + e.getMessage());
                }
                reloaded.add(entry);
            }
            boolean failed = reloaded.stream().anyMatch(e -> e.containsKey("error"));
            Serving.json(ctx, failed ? 500 : 200, Map.of("reloaded", reloaded));
        });
    }
}
