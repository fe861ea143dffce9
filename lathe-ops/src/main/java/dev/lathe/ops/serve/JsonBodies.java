package dev.lathe.ops.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** JSON request and response bodies: one shared mapper, malformed bodies refused as a 400. */
public final class JsonBodies {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int BRIEF = 80;

    private JsonBodies() {
    }

    /** {@code body} parsed as one JSON object; anything else is a 400 saying where parsing stopped. */
    public static JsonNode parse(byte[] body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (IOException e) {
            String detail = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
            throw RequestException.badRequest("the body is not valid JSON: " + detail);
        }
        if (root == null || !root.isObject()) {
            throw RequestException.badRequest("the body must be a JSON object");
        }
        return root;
    }

    /** {@code value} (maps, lists, strings, numbers, booleans, nodes) as JSON bytes. */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response could not be written as JSON", e);
        }
    }

    /** A JSON value shortened for an error message. */
    public static String brief(JsonNode value) {
        String s = value.toString();
        return s.length() <= BRIEF ? s : s.substring(0, BRIEF) + "...";
    }
}
