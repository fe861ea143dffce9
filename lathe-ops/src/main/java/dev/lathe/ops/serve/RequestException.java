package dev.lathe.ops.serve;

/**
 * A request the server refuses, with the HTTP status to answer and a message the client can act on. Every
 * client mistake becomes one of these, never a 500.
 */
public final class RequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * @param status  HTTP status, 4xx or 503
     * @param message what was wrong, naming the field and row where there is one
     */
    public RequestException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** A 400: the body is malformed or does not fit the model's input schema. */
    public static RequestException badRequest(String message) {
        return new RequestException(400, message);
    }

    /** A 404: no such model or version. */
    public static RequestException notFound(String message) {
        return new RequestException(404, message);
    }

    /** The HTTP status to answer. */
    public int status() {
        return status;
    }
}
