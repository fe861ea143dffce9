package dev.lathe.ops.live;

import dev.lathe.monitor.ColumnDrift;
import dev.lathe.monitor.DatasetDrift;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The latest window's drift as Prometheus gauges: {@code feature_drift_score{model,feature,method}} and
 * {@code dataset_drift{model}} (1 or 0), {@code drift_share{model}}, and for the outputs
 * {@code prediction_drift_score{model,column,method}} and {@code prediction_drift{model}}. Scores are Evidently's:
 * a test's p-value, a distance's value ({@link WindowResult#score}).
 */
final class DriftGauges {

    private static final Map<String, String> HELP = Map.of(
            "feature_drift_score", "Latest window: drift score per input column (p-value of a test, or a distance)",
            "prediction_drift_score", "Latest window: drift score per output column (p-value of a test, or a distance)",
            "dataset_drift", "Latest window: 1 when the share of drifted input columns reached the threshold",
            "drift_share", "Latest window: share of drifted input columns",
            "prediction_drift", "Latest window: 1 when the model's outputs drifted");

    private final MeterRegistry registry;
    private final Map<String, Series> series = new ConcurrentHashMap<>();

    /** A gauge's value and its id (to remove it when its method label changes). */
    private record Series(AtomicLong bits, Meter.Id id, String method) {
    }

    DriftGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Sets every gauge of {@code result}'s model to the window's values. */
    void publish(WindowResult result) {
        String model = result.model();
        columns("feature_drift_score", "feature", model, result.features());
        columns("prediction_drift_score", "column", model, result.predictions());
        set("prediction_drift", null, model, "", "", result.predictions().datasetDrift() ? 1 : 0);
        set("drift_share", null, model, "", "", result.features().driftShare());
        // last, so that a scrape that sees a window's dataset_drift sees all of its gauges
        set("dataset_drift", null, model, "", "", result.features().datasetDrift() ? 1 : 0);
    }

    private void columns(String name, String label, String model, DatasetDrift drift) {
        for (ColumnDrift c : drift.columns()) {
            if (!c.failed()) {
                set(name, label, model, c.name(), c.method().label(), WindowResult.score(c));
            }
        }
    }

    private void set(String name, String label, String model, String column, String method, double value) {
        String key = name + '\u0000' + model + '\u0000' + column;
        Series s = series.compute(key, (k, old) -> {
            if (old != null && old.method().equals(method)) {
                return old;
            }
            if (old != null) {
                registry.remove(old.id());
            }
            AtomicLong bits = new AtomicLong();
            Gauge.Builder<AtomicLong> b = Gauge.builder(name, bits, v -> Double.longBitsToDouble(v.get()))
                    .description(HELP.get(name)).tag("model", model);
            if (label != null) {
                b.tag(label, column).tag("method", method);
            }
            return new Series(bits, b.register(registry).getId(), method);
        });
        s.bits().set(Double.doubleToLongBits(value));
    }
}
