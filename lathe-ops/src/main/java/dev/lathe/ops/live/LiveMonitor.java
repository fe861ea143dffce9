package dev.lathe.ops.live;

import dev.lathe.frame.Frame;
import dev.lathe.monitor.DatasetDrift;
import dev.lathe.monitor.DriftOptions;
import dev.lathe.monitor.ProfileDrift;
import dev.lathe.monitor.profile.ReferenceProfile;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Watches a server's traffic. Request threads call {@link #offer}, which samples rows and puts them on a bounded
 * queue without ever waiting (a full queue drops the request and counts it in {@code lathe_monitor_dropped_total}).
 * One background thread takes them off, writes them to the JSONL log (when configured), and gathers each model's
 * rows into a window; a full window (by rows or time) is compared with the model's reference profile, published as
 * gauges ({@link DriftGauges}) and handed to every listener as a {@link WindowResult}. Models without a reference
 * profile are logged but not compared.
 */
public final class LiveMonitor implements AutoCloseable {

    private final LiveOptions options;
    private final BlockingQueue<Observation> queue;
    private final AtomicLong arrivals = new AtomicLong();
    private final Counter dropped;
    private final Counter kept;
    private final DriftGauges gauges;
    private final List<Consumer<WindowResult>> listeners = new CopyOnWriteArrayList<>();
    private final ProfileDrift drift = new ProfileDrift(DriftOptions.defaults());
    private final Map<String, Window> windows = new HashMap<>();
    private final Consumer<String> log;
    private final Clock clock;
    private final RequestLog requestLog;
    private final Thread worker;
    private volatile boolean running = true;

    /** One request's sampled rows on their way to the worker. */
    private record Observation(String model, ReferenceProfile profile, String requestId, Instant time, Frame inputs,
                               Frame outputs) {
    }

    /** The rows of one model gathered so far against one reference profile. */
    private static final class Window {
        final ReferenceProfile profile;
        final Instant start;
        final List<Frame> inputs = new ArrayList<>();
        final List<Frame> outputs = new ArrayList<>();
        int rows;

        Window(ReferenceProfile profile, Instant start) {
            this.profile = profile;
            this.start = start;
        }
    }

    /**
     * Starts the background thread.
     *
     * @param options  sampling, queue, window and log settings
     * @param registry where the gauges and counters are registered (the server's Prometheus registry)
     * @param log      receives one JSON line per problem (a log file that cannot be written, a window that fails)
     * @throws IOException when the log directory cannot be created
     */
    public LiveMonitor(LiveOptions options, MeterRegistry registry, Consumer<String> log) throws IOException {
        this(options, registry, log, Clock.systemUTC());
    }

    LiveMonitor(LiveOptions options, MeterRegistry registry, Consumer<String> log, Clock clock) throws IOException {
        this.options = options;
        this.queue = new ArrayBlockingQueue<>(options.queueCapacity());
        this.log = log;
        this.clock = clock;
        this.requestLog = options.logDir() == null ? null
                : new RequestLog(options.logDir(), options.maxFileBytes(), options.maxFiles());
        this.gauges = new DriftGauges(registry);
        this.dropped = Counter.builder("lathe.monitor.dropped").baseUnit("requests")
                .description("Requests left out of monitoring because the queue was full").register(registry);
        this.kept = Counter.builder("lathe.monitor.rows").baseUnit("rows")
                .description("Sampled rows queued for monitoring").register(registry);
        this.worker = new Thread(this::work, "lathe-live-monitor");
        worker.setDaemon(true);
        worker.start();
    }

    /** Calls {@code listener} with every window's result, on the monitor's thread (keep it short). */
    public void addListener(Consumer<WindowResult> listener) {
        listeners.add(listener);
    }

    /**
     * Samples the rows of one answered request and queues them, never waiting.
     *
     * @param model     the model's name on the server
     * @param profile   its reference profile, or null (then the rows are logged only)
     * @param requestId the request's id (for joining labels later)
     * @param inputs    the request's rows as the model read them
     * @param outputs   the model's predictions for them, row for row
     * @return false when the queue was full and the request was dropped from monitoring
     */
    public boolean offer(String model, ReferenceProfile profile, String requestId, Frame inputs, Frame outputs) {
        int n = inputs.rowCount();
        long first = arrivals.getAndAdd(n);
        if (options.sampleRate() < 1) {
            int[] keep = IntStream.range(0, n).filter(i -> sampled(first + i)).toArray();
            if (keep.length == 0) {
                return true;
            }
            if (keep.length < n) {
                inputs = inputs.take(keep);
                outputs = outputs.take(keep);
            }
        }
        if (!queue.offer(new Observation(model, profile, requestId, clock.instant(), inputs, outputs))) {
            dropped.increment();
            return false;
        }
        kept.increment(inputs.rowCount());
        return true;
    }

    /** Whether the row with arrival number {@code k} is kept: a SplitMix64 hash of (seed, k) below the rate. */
    private boolean sampled(long k) {
        long z = options.seed() + (k + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53 < options.sampleRate();
    }

    /** Requests dropped because the queue was full. */
    public long dropped() {
        return (long) dropped.count();
    }

    private void work() {
        while (running || !queue.isEmpty()) {
            try {
                Observation o = queue.poll(50, TimeUnit.MILLISECONDS);
                if (o != null) {
                    handle(o);
                } else if (requestLog != null) {
                    requestLog.flush();
                }
                closeExpired(clock.instant());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException e) {
                problem("monitoring failed: " + e.getMessage());
            }
        }
    }

    private void handle(Observation o) throws IOException {
        if (requestLog != null) {
            requestLog.write(o.time().toString(), o.model(), o.requestId(), o.inputs(), o.outputs());
        }
        if (o.profile() == null) {
            return;
        }
        Window w = windows.get(o.model());
        if (w == null || w.profile != o.profile()) {
            w = new Window(o.profile(), o.time());
            windows.put(o.model(), w);
        }
        w.inputs.add(o.inputs());
        w.outputs.add(o.outputs());
        w.rows += o.inputs().rowCount();
        if (options.windowRows() > 0 && w.rows >= options.windowRows()) {
            windows.remove(o.model());
            evaluate(o.model(), w, clock.instant());
        }
    }

    private void closeExpired(Instant now) {
        Duration time = options.windowTime();
        if (time.isZero()) {
            return;
        }
        for (String model : List.copyOf(windows.keySet())) {
            Window w = windows.get(model);
            if (!now.isBefore(w.start.plus(time))) {
                windows.remove(model);
                evaluate(model, w, now);
            }
        }
    }

    private void evaluate(String model, Window w, Instant end) {
        try {
            DatasetDrift features = drift.detect(w.profile.features(), Frame.concat(w.inputs));
            DatasetDrift predictions = drift.detect(w.profile.predictions(), Frame.concat(w.outputs));
            WindowResult result = new WindowResult(model, w.start, end, w.rows, features, predictions);
            gauges.publish(result);
            for (Consumer<WindowResult> l : listeners) {
                l.accept(result);
            }
        } catch (RuntimeException e) {
            problem("drift of a window of model '" + model + "' failed: " + e.getMessage());
        }
    }

    private void problem(String message) {
        log.accept("{\"monitor_error\": " + com.fasterxml.jackson.databind.node.TextNode.valueOf(message) + "}");
    }

    /** Stops taking requests, works off what is queued (partial windows are not compared), closes the log. */
    @Override
    public void close() {
        running = false;
        try {
            worker.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (requestLog != null) {
            try {
                requestLog.close();
            } catch (IOException e) {
                problem("closing the request log failed: " + e.getMessage());
            }
        }
    }
}
