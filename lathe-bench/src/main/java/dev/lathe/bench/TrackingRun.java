package dev.lathe.bench;

import dev.lathe.ops.tracking.Metric;
import dev.lathe.ops.tracking.Run;
import dev.lathe.ops.tracking.RunPage;
import dev.lathe.ops.tracking.RunQuery;
import dev.lathe.ops.tracking.RunSpec;
import dev.lathe.ops.tracking.RunStatus;
import dev.lathe.ops.tracking.StoreLocation;
import dev.lathe.ops.tracking.TrackingStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tracking-store speed (issue: Operations I, item 11): logs 100,000 metric points into one run in batches of
 * 1,000, creates 10,000 runs with three metrics each, then lists the 10,000 runs ordered by a metric in one page
 * (the search reads the latest-value table) and reads the listed runs' latest metrics in one go. Prints one JSON line.
 *
 * <p>Usage: {@code java -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.TrackingRun STORE} where STORE is a
 * folder (SQLite) or a {@code jdbc:postgresql://} URL (artifacts then go to {@code $LATHE_ARTIFACTS}).
 */
public final class TrackingRun {

    private TrackingRun() {
    }

    /** Runs the measurement; argument: the store. */
    public static void main(String[] args) {
        TrackingStore store = TrackingStore.open(StoreLocation.resolve(args[0]));
        Run one = store.runs().start(RunSpec.in("bench-log"));
        long t = System.nanoTime();
        for (int batch = 0; batch < 100; batch++) {
            List<Metric> points = new ArrayList<>(1000);
            for (int i = 0; i < 1000; i++) {
                int step = batch * 1000 + i;
                points.add(new Metric(i % 2 == 0 ? "loss" : "accuracy", Math.sin(step), step, step));
            }
            store.log().logMetrics(one.id(), points);
        }
        double logSeconds = (System.nanoTime() - t) / 1e9;
        store.runs().end(one.id(), RunStatus.FINISHED);

        t = System.nanoTime();
        for (int r = 0; r < 10_000; r++) {
            Run run = store.runs().start(RunSpec.in("bench-list").named("run-" + r));
            store.log().logMetrics(run.id(), List.of(new Metric("rmse", (r * 7919 % 10_000) / 1e4, 0, r),
                    new Metric("r2", 1 - r / 1e4, 0, r), new Metric("mae", r / 2e4, 0, r)));
            store.runs().end(run.id(), RunStatus.FINISHED);
        }
        double createSeconds = (System.nanoTime() - t) / 1e9;

        t = System.nanoTime();
        RunPage page = store.search().search(RunQuery.of(null).in(List.of("bench-list"), null)
                .orderedBy("metrics.rmse ASC").page(10_000, null));
        double listSeconds = (System.nanoTime() - t) / 1e9;
        t = System.nanoTime();
        double sum = 0;
        List<String> ids = page.runs().stream().map(Run::id).toList();
        for (var metrics : store.log().latestMetrics(ids).values()) {
            sum += metrics.get("rmse").value();
        }
        double metricsSeconds = (System.nanoTime() - t) / 1e9;
        System.out.printf(Locale.ROOT, "{\"case\": \"tracking\", \"store\": \"%s\", \"log_100k_points_seconds\": %.3f, "
                        + "\"create_10k_runs_seconds\": %.3f, \"list_10k_runs_seconds\": %.3f, "
                        + "\"read_10k_latest_metrics_seconds\": %.3f, \"listed\": %d, \"checksum\": %.4f}%n",
                args[0].startsWith("jdbc:postgresql") ? "postgresql" : "sqlite", logSeconds, createSeconds,
                listSeconds, metricsSeconds, page.runs().size(), sum);
    }
}
