package dev.lathe.ops.serve;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The structured access log: one JSON object per request, written to a line sink. */
final class AccessLog {

    private final Consumer<String> sink;

    /** @param sink receives each log line (standard error for {@code lathe serve}) */
    AccessLog(Consumer<String> sink) {
        this.sink = sink;
    }

    /**
     * Logs one finished request.
     *
     * @param requestId the request id (the client's {@code X-Request-ID} or one made up)
     * @param method    HTTP method
     * @param path      request path
     * @param status    status answered
     * @param model     model addressed, or {@code ""}
     * @param millis    time taken in milliseconds
     */
    void log(String requestId, String method, String path, int status, String model, double millis) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.now().toString());
        line.put("request_id", requestId);
        line.put("method", method);
        line.put("path", path);
        line.put("status", status);
        line.put("model", model);
        line.put("millis", Math.round(millis * 1000) / 1000.0);
        sink.accept(new String(JsonBodies.write(line), StandardCharsets.UTF_8));
    }
}
