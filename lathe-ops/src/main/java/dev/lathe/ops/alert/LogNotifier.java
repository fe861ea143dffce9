package dev.lathe.ops.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Writes each alert event as one JSON line ({@code {"alert": ...}}) to a log. */
public final class LogNotifier implements Notifier {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Consumer<String> log;

    /** @param log receives one line per event */
    public LogNotifier(Consumer<String> log) {
        this.log = log;
    }

    @Override
    public boolean send(AlertEvent event) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("alert", event.toMap());
        log.accept(json(line));
        return true;
    }

    /** {@code value} as one line of JSON. */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an alert as JSON", e);
        }
    }
}
