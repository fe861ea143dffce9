package dev.lathe.ops.serve;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's Prometheus metrics: {@code lathe_serve_requests_seconds} (a latency histogram whose count is
 * the requests, by model, endpoint and status), {@code lathe_serve_in_flight} (requests being answered) and
 * {@code lathe_serve_model_info} (1 per model served, labelled with its version and source) and
 * {@code lathe_serve_batch_rows} (rows per pipeline call: a request's rows, or a micro-batch's).
 */
public final class ServerMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final DistributionSummary batchRows;
    private final Map<String, Meter.Id> modelInfo = new ConcurrentHashMap<>();

    /** A registry with the in-flight gauge registered. */
    public ServerMetrics() {
        Gauge.builder("lathe.serve.in.flight", inFlight, AtomicInteger::get)
                .description("Requests being answered").register(registry);
        batchRows = DistributionSummary.builder("lathe.serve.batch.rows").baseUnit("rows")
                .description("Rows per pipeline call (a request, or a micro-batch of requests)")
                .serviceLevelObjectives(1, 2, 4, 8, 16, 32, 64, 128, 256, 1024).register(registry);
    }

    /** Records one pipeline call of {@code rows} rows. */
    public void batch(int rows) {
        batchRows.record(rows);
    }

    /** Counts a request as started. */
    public void started() {
        inFlight.incrementAndGet();
    }

    /**
     * Records a finished request.
     *
     * @param model    the model it addressed, or {@code ""}
     * @param endpoint the endpoint's name (such as {@code invocations}, {@code infer})
     * @param status   the HTTP status answered
     * @param nanos    how long it took
     */
    public void finished(String model, String endpoint, int status, long nanos) {
        inFlight.decrementAndGet();
        Timer.builder("lathe.serve.requests").description("Requests by model, endpoint and status")
                .tags("model", model, "endpoint", endpoint, "status", Integer.toString(status))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** Requests being answered now. */
    public int inFlight() {
        return inFlight.get();
    }

    /** Replaces the {@code model_info} series of the model named as {@code fresh} by that of {@code fresh}. */
    public void swapped(ServedModel fresh) {
        Meter.Id oldId = modelInfo.remove(fresh.name());
        if (oldId != null) {
            registry.remove(oldId);
        }
        Meter.Id id = Gauge.builder("lathe.serve.model.info", () -> 1)
                .description("The model served under each name, with its version and source")
                .tags("model", fresh.name(), "version", fresh.version(), "source", fresh.source())
                .register(registry).getId();
        modelInfo.put(fresh.name(), id);
    }

    /** The registry behind {@code /metrics}, for meters registered elsewhere (live monitoring's gauges). */
    public io.micrometer.core.instrument.MeterRegistry registry() {
        return registry;
    }

    /** Every metric in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }
}
