package dev.lathe.ops.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Micro-batching joins concurrent requests without changing any answer and never beyond its batch size. */
class MicroBatchingTest {

    private static final String[] CITIES = {"north", "south", "west"};

    @TempDir
    Path dir;

    private ServeFixture serve(String sub, ServerOptions options) throws Exception {
        return ServeFixture.start(Files.createDirectories(dir.resolve(sub)), options);
    }

    private static ServerOptions batching(int rows, Duration wait) {
        return ServerOptions.defaults("127.0.0.1", 0, null).withBatching(rows, wait);
    }

    /** An MLflow body of {@code n} rows drawn from {@code random}. */
    private static String body(Random random, int n, String city) {
        StringBuilder age = new StringBuilder();
        StringBuilder cities = new StringBuilder();
        StringBuilder member = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String sep = i == 0 ? "" : ", ";
            age.append(sep).append(18 + random.nextInt(60));
            cities.append(sep).append('"').append(city != null ? city : CITIES[random.nextInt(3)]).append('"');
            member.append(sep).append(random.nextBoolean());
        }
        return "{\"inputs\": {\"age\": [" + age + "], \"city\": [" + cities + "], \"member\": [" + member + "]}}";
    }

    private static double metric(ServeFixture fx, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + " (\\S+)$").matcher(fx.get("/metrics").body());
        assertThat(m.find()).as(name).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void batchedAnswersEqualUnbatchedOnesAndNoBatchExceedsItsSize() throws Exception {
        try (ServeFixture batched = serve("batched", batching(16, Duration.ofMillis(20)));
             ServeFixture plain = serve("plain", ServerOptions.defaults("127.0.0.1", 0, null))) {
            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<List<String>>> work = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                int seed = c;
                work.add(clients.submit(() -> {
                    Random random = new Random(seed);
                    List<String> mismatches = new ArrayList<>();
                    for (int r = 0; r < 25; r++) {
                        String body = body(random, 1 + random.nextInt(3), null);
                        HttpResponse<String> got = batched.postJson("/invocations", body);
                        HttpResponse<String> want = plain.postJson("/invocations", body);
                        if (got.statusCode() != 200 || !got.body().equals(want.body())) {
                            mismatches.add(got.statusCode() + " " + got.body() + " vs " + want.body());
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<List<String>> f : work) {
                assertThat(f.get()).isEmpty();
            }
            clients.shutdown();
            assertThat(metric(batched, "lathe_serve_batch_rows_max")).isLessThanOrEqualTo(16);
            assertThat(metric(batched, "lathe_serve_batch_rows_max"))
                    .as("some batch joined requests (a single request holds at most 3 rows)").isGreaterThan(3);
            assertThat(metric(batched, "lathe_serve_batch_rows_sum")).as("every row predicted once").isEqualTo(
                    metric(plain, "lathe_serve_batch_rows_sum"));
            assertThat(metric(plain, "lathe_serve_batch_rows_max")).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void aRefusedRowFailsOnlyItsOwnRequest() throws Exception {
        try (ServeFixture fx = serve("refused", batching(64, Duration.ofMillis(300)))) {
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                String body = body(new Random(c), 2, c == 2 ? "east" : "north");
                answers.add(clients.submit(() -> fx.postJson("/invocations", body)));
            }
            for (int c = 0; c < 4; c++) {
                HttpResponse<String> r = answers.get(c).get();
                if (c == 2) {
                    assertThat(r.statusCode()).isEqualTo(400);
                    assertThat(r.body()).contains("east").contains("row 1");
                } else {
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                }
            }
            clients.shutdown();
        }
    }

    @Test
    void aFullBatchDoesNotWaitAndALargerRequestRunsAlone() throws Exception {
        try (ServeFixture fx = serve("full", batching(4, Duration.ofMinutes(10)))) {
            HttpResponse<String> full = fx.postJson("/invocations", body(new Random(1), 4, null));
            assertThat(full.statusCode()).isEqualTo(200);
            HttpResponse<String> larger = fx.postJson("/invocations", body(new Random(2), 10, null));
            assertThat(larger.statusCode()).isEqualTo(200);
            assertThat(ServeFixture.json(larger).get("predictions")).hasSize(10);
        }
    }

    @Test
    void negativeBatchSettingsAreRefused() {
        assertThatThrownBy(() -> batching(-1, Duration.ZERO)).hasMessageContaining("must not be negative, got -1 rows");
        assertThatThrownBy(() -> batching(8, Duration.ofMillis(-5))).hasMessageContaining("must not be negative");
    }
}
