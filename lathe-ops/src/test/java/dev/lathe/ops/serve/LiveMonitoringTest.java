package dev.lathe.ops.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.ops.live.LiveOptions;
import dev.lathe.ops.live.WindowResult;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live monitoring over real HTTP on loopback: windows compared with the model's profile, gauges, drops, logs. */
class LiveMonitoringTest {

    private static final String[] CITIES = {"north", "south", "west"};

    @TempDir
    Path dir;

    private ServeFixture serve(LiveOptions live) throws Exception {
        Map<String, ModelSource> models = new LinkedHashMap<>();
        models.put("buyers", new FileModelSource(ServeFixture.classifierFile(dir, 1)));
        return new ServeFixture(ServerOptions.defaults("127.0.0.1", 0, null), models, live);
    }

    /** {@code n} rows like the training rows (ages 20-69, any city) or drifted ones (ages 60-89, all north). */
    private static String body(Random random, int n, boolean drifted) {
        StringBuilder age = new StringBuilder();
        StringBuilder cities = new StringBuilder();
        StringBuilder member = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String sep = i == 0 ? "" : ", ";
            age.append(sep).append(drifted ? 60 + random.nextInt(30) : 20 + random.nextInt(50));
            cities.append(sep).append('"').append(drifted ? "north" : CITIES[random.nextInt(3)]).append('"');
            member.append(sep).append(random.nextBoolean());
        }
        return "{\"inputs\": {\"age\": [" + age + "], \"city\": [" + cities + "], \"member\": [" + member + "]}}";
    }

    private static double gauge(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
        assertThat(m.find()).as(series + " in\n" + metrics).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void driftedTrafficRaisesTheGaugesAndUndriftedTrafficDoesNot() throws Exception {
        try (ServeFixture fx = serve(LiveOptions.defaults().withWindow(200, Duration.ZERO))) {
            BlockingQueue<WindowResult> windows = new LinkedBlockingQueue<>();
            fx.server.live().addListener(windows::add);
            Random random = new Random(7);
            for (int r = 0; r < 10; r++) {
                assertThat(fx.postJson("/invocations", body(random, 20, false)).statusCode()).isEqualTo(200);
            }
            WindowResult calm = windows.poll(30, TimeUnit.SECONDS);
            assertThat(calm).isNotNull();
            assertThat(calm.rows()).isEqualTo(200);
            assertThat(calm.features().datasetDrift()).isFalse();
            String metrics = fx.get("/metrics").body();
            assertThat(gauge(metrics, "dataset_drift{model=\"buyers\"}")).isZero();
            assertThat(gauge(metrics, "feature_drift_score{feature=\"age\",method=\"ks\",model=\"buyers\"}"))
                    .isGreaterThan(0.05);

            for (int r = 0; r < 10; r++) {
                assertThat(fx.postJson("/invocations", body(random, 20, true)).statusCode()).isEqualTo(200);
            }
            WindowResult drifted = windows.poll(30, TimeUnit.SECONDS);
            assertThat(drifted).isNotNull();
            assertThat(drifted.features().datasetDrift()).isTrue();
            assertThat(drifted.metrics()).containsEntry("dataset_drift", 1.0).containsKey("feature_drift_score:age")
                    .containsKey("prediction_drift_score:p_yes");
            assertThat(drifted.end()).isAfterOrEqualTo(drifted.start());
            metrics = fx.get("/metrics").body();
            assertThat(gauge(metrics, "dataset_drift{model=\"buyers\"}")).isEqualTo(1.0);
            assertThat(gauge(metrics, "feature_drift_score{feature=\"age\",method=\"ks\",model=\"buyers\"}"))
                    .isLessThan(1e-6);
            assertThat(gauge(metrics, "feature_drift_score{feature=\"city\",method=\"chisquare\",model=\"buyers\"}"))
                    .isLessThan(1e-6);
            assertThat(gauge(metrics, "prediction_drift{model=\"buyers\"}")).isEqualTo(1.0);
            assertThat(gauge(metrics, "lathe_monitor_dropped_requests_total")).isZero();
        }
    }

    @Test
    void aFullQueueDropsRequestsFromMonitoringWithoutDelayingThem() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (ServeFixture fx = serve(LiveOptions.defaults().withWindow(1, Duration.ZERO).withQueueCapacity(1))) {
            CountDownLatch busy = new CountDownLatch(1);
            fx.server.live().addListener(w -> {
                busy.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Random random = new Random(8);
            assertThat(fx.postJson("/invocations", body(random, 1, false)).statusCode()).isEqualTo(200);
            assertThat(busy.await(30, TimeUnit.SECONDS)).isTrue();
            // the monitor's thread is now stuck in the listener: the queue fills, and every request still answers
            for (int r = 0; r < 10; r++) {
                assertThat(fx.postJson("/invocations", body(random, 1, false)).statusCode()).isEqualTo(200);
            }
            assertThat(fx.server.live().dropped()).isEqualTo(9);
            assertThat(gauge(fx.get("/metrics").body(), "lathe_monitor_dropped_requests_total")).isEqualTo(9.0);
            release.countDown();
        } finally {
            release.countDown();
        }
    }

    @Test
    void sampledRowsGoToRotatingJsonlFiles() throws Exception {
        Path logs = dir.resolve("logs");
        LiveOptions live = LiveOptions.defaults().withSampling(0.5, 3).withLog(logs, 4096, 3)
                .withWindow(0, Duration.ofSeconds(30));
        List<String> ids = new ArrayList<>();
        double kept;
        try (ServeFixture fx = serve(live)) {
            Random random = new Random(9);
            for (int r = 0; r < 20; r++) {
                HttpResponse<String> response = fx.postJson("/invocations", body(random, 10, false),
                        "X-Request-ID", "req-" + r);
                assertThat(response.statusCode()).isEqualTo(200);
                ids.add("req-" + r);
            }
            kept = gauge(fx.get("/metrics").body(), "lathe_monitor_rows_total");
        }
        assertThat(kept).isBetween(60.0, 140.0);
        List<Path> files;
        try (var list = Files.list(logs)) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSizeBetween(2, 3);
        assertThat(files).allSatisfy(f -> assertThat(f.getFileName().toString()).matches("requests-\\d{6}\\.jsonl"));
        List<String> lines = new ArrayList<>();
        for (Path f : files) {
            lines.addAll(Files.readAllLines(f));
        }
        // older files were deleted, so the kept lines are the latest ones
        assertThat(lines.size()).isLessThanOrEqualTo((int) kept).isGreaterThan(0);
        for (String line : lines) {
            JsonNode row = ServeFixture.JSON.readTree(line);
            assertThat(ids).contains(row.get("request_id").asText());
            assertThat(row.get("model").asText()).isEqualTo("buyers");
            assertThat(row.get("inputs").get("age").isNumber()).isTrue();
            assertThat(row.get("inputs").get("member").isBoolean()).isTrue();
            assertThat(row.get("outputs").get("prediction").asText()).isIn("no", "yes");
            assertThat(row.get("outputs").get("p_yes").asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(ServeFixture.JSON.readTree(lines.get(lines.size() - 1)).get("request_id").asText())
                .isEqualTo("req-19");
    }
}
