package dev.lathe.ops.serve;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Asks every served model's source, at a fixed interval, whether it moved (a registry alias set to another
 * version) and swaps the new model in through its slot (loaded and warmed beside the old, then swapped
 * atomically). A failed load is logged and the old model keeps serving; the next poll tries again.
 */
final class SourcePoller implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lathe-serve-poller");
        t.setDaemon(true);
        return t;
    });
    private final ServedModels models;
    private final Consumer<String> log;

    /**
     * Starts polling.
     *
     * @param models   the slots to check
     * @param interval time between checks, positive
     * @param log      receives one JSON line per swap or failure
     */
    SourcePoller(ServedModels models, Duration interval, Consumer<String> log) {
        this.models = models;
        this.log = log;
        long millis = Math.max(1, interval.toMillis());
        timer.scheduleWithFixedDelay(this::pollOnce, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** One round over the slots; never throws, so the schedule keeps running. */
    void pollOnce() {
        for (ModelSlot slot : models.all()) {
            String before = slot.current().version();
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("event", "poll_reload");
            line.put("model", slot.name());
            try {
                ServedModel fresh = slot.reloadIfStale();
                if (fresh == null) {
                    continue;
                }
                line.put("from_version", before);
                line.put("version", fresh.version());
                line.put("source", fresh.source());
            } catch (IOException | RuntimeException e) {
                line.put("error", "kept version " + before + ": " + e.getMessage());
            }
            log.accept(new String(JsonBodies.write(line), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
