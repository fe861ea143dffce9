package dev.lathe.ops.serve;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Error bodies in each protocol's shape: {@code {"error": ...}} under {@code /v2} (Open Inference Protocol),
 * {@code {"error_code": ..., "message": ...}} elsewhere (MLflow, with MLflow's code names).
 */
final class ErrorBodies {

    private ErrorBodies() {
    }

    /** The body answering {@code path} with {@code status} and {@code message}. */
    static Map<String, Object> of(String path, int status, String message) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (path.equals("/v2") || path.startsWith("/v2/")) {
            out.put("error", message);
        } else {
            out.put("error_code", mlflowCode(status));
            out.put("message", message);
        }
        return out;
    }

    private static String mlflowCode(int status) {
        return switch (status) {
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "RESOURCE_DOES_NOT_EXIST";
            case 413 -> "REQUEST_LIMIT_EXCEEDED";
            case 503 -> "TEMPORARILY_UNAVAILABLE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
    }
}
