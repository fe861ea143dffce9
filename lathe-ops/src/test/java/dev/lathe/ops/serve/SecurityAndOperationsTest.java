package dev.lathe.ops.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityAndOperationsTest {

    private static final String ROW = "{\"inputs\": {\"age\": [30], \"city\": [\"north\"], \"member\": [true]}}";

    @TempDir
    Path dir;

    @Test
    void aTokenGuardsPredictionAndMetadataButNotHealth() throws IOException {
        try (ServeFixture fx = ServeFixture.start(dir, "s3cret")) {
            HttpResponse<String> none = fx.postJson("/invocations", ROW);
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(ServeFixture.json(none).get("error_code").asText()).isEqualTo("UNAUTHENTICATED");
            assertThat(fx.postJson("/invocations", ROW, "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
            assertThat(fx.postJson("/invocations", ROW, "Authorization", "Bearer s3cret").statusCode()).isEqualTo(200);
            assertThat(fx.get("/v2/models/buyers").statusCode()).isEqualTo(401);
            assertThat(fx.get("/v2/models/buyers", "Authorization", "Bearer s3cret").statusCode()).isEqualTo(200);
            assertThat(fx.get("/ping").statusCode()).isEqualTo(200);
            assertThat(fx.get("/v2/health/ready").statusCode()).isEqualTo(200);
            assertThat(fx.postJson("/admin/reload", "").statusCode()).isEqualTo(401);
            HttpResponse<String> reload = fx.postJson("/admin/reload?model=buyers", "", "Authorization", "Bearer s3cret");
            assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
            assertThat(ServeFixture.json(reload).get("reloaded").get(0).get("changed").asBoolean()).isFalse();
        }
    }

    @Test
    void withoutATokenThereAreNoAdminEndpoints() throws IOException {
        try (ServeFixture fx = ServeFixture.start(dir, (String) null)) {
            assertThat(fx.postJson("/admin/reload", "").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aPortInUseIsAClearError() throws IOException {
        try (ServeFixture first = ServeFixture.start(dir, (String) null)) {
            assertThatThrownBy(() -> ServeFixture.start(dir,
                    ServerOptions.defaults("127.0.0.1", first.server.port(), null)))
                    .hasMessageContaining(Integer.toString(first.server.port()));
        }
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertThat(ServerOptions.defaults("127.0.0.1", 0, null).host()).isEqualTo("127.0.0.1");
        assertThatThrownBy(() -> ServerOptions.defaults("127.0.0.1", 0, " ")).hasMessageContaining("token is empty");
    }

    @Test
    void metricsCountRequestsByModelEndpointAndStatus() throws IOException {
        try (ServeFixture fx = ServeFixture.start(dir, (String) null)) {
            fx.postJson("/invocations", ROW);
            fx.postJson("/v2/models/spend/infer", "{}");
            HttpResponse<String> m = fx.get("/metrics");
            assertThat(m.statusCode()).isEqualTo(200);
            assertThat(m.body())
                    .contains("lathe_serve_requests_seconds_count{endpoint=\"invocations\",model=\"buyers\",status=\"200\"} 1")
                    .contains("lathe_serve_requests_seconds_count{endpoint=\"infer\",model=\"spend\",status=\"400\"} 1")
                    .contains("lathe_serve_requests_seconds_bucket{")
                    .contains("lathe_serve_in_flight")
                    .contains("lathe_serve_model_info{model=\"buyers\",source=\"" + dir.resolve("buyers.lathe") + "\",version=\""
                            + fx.server.models().slot("buyers").current().version() + "\"} 1");
        }
    }

    @Test
    void requestIdsAreEchoedAndLogged() throws IOException {
        try (ServeFixture fx = ServeFixture.start(dir, (String) null)) {
            HttpResponse<String> given = fx.postJson("/invocations", ROW, "X-Request-ID", "abc-123");
            assertThat(given.headers().firstValue("X-Request-ID")).hasValue("abc-123");
            HttpResponse<String> made = fx.get("/ping");
            String id = made.headers().firstValue("X-Request-ID").orElseThrow();
            assertThat(id).hasSize(36);
            assertThat(fx.log).anySatisfy(line -> assertThat(line)
                    .contains("\"request_id\":\"abc-123\"", "\"method\":\"POST\"", "\"path\":\"/invocations\"",
                            "\"status\":200", "\"model\":\"buyers\""));
            assertThat(fx.log).anySatisfy(line -> assertThat(line).contains("\"request_id\":\"" + id + "\""));
        }
    }

    @Test
    void theConcurrencyCapAndTheTimeoutAnswer503() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (Admission admission = new Admission(1, Duration.ofMillis(300));
             var pool = new AutoClosePool()) {
            Future<Integer> held = pool.executor.submit(() -> admission.run(() -> {
                inside.countDown();
                awaitIgnoringInterrupts(release);
                return 1;
            }));
            inside.await();
            assertThatThrownBy(() -> admission.run(() -> 2)).isInstanceOf(RequestException.class)
                    .hasMessageContaining("busy").extracting(e -> ((RequestException) e).status()).isEqualTo(503);
            assertThatThrownBy(held::get).hasMessageContaining("took longer than 300 ms");
            release.countDown();
            while (true) {
                try {
                    assertThat(admission.run(() -> 3)).isEqualTo(3);
                    break;
                } catch (RequestException stillHeld) {
                    Thread.sleep(10);
                }
            }
        }
    }

    /** A prediction that does not stop when interrupted: it keeps its slot until it really ends. */
    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                // keeps computing, as a tight numeric loop would
            }
        }
    }

    @Test
    void shutdownDrainsRequestsInFlightAndRefusesNewOnes() throws Exception {
        ServeFixture fx = ServeFixture.start(dir, (String) null);
        byte[] body = ROW.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", fx.server.port()); var pool = new AutoClosePool()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /invocations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 10);
            out.flush();
            while (fx.server.inFlight() == 0) {
                Thread.sleep(5);
            }
            Future<?> closing = pool.executor.submit(fx::close);
            while (!fx.server.draining()) {
                Thread.sleep(5);
            }
            HttpResponse<String> refused = fx.postJson("/invocations", ROW);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(ServeFixture.json(refused).get("message").asText()).contains("shutting down");
            assertThat(closing.isDone()).isFalse();
            out.write(body, 10, body.length - 10);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"predictions\"");
            closing.get();
        }
    }

    /** An executor closed with the test. */
    private static final class AutoClosePool implements AutoCloseable {
        final ExecutorService executor = Executors.newCachedThreadPool();

        @Override
        public void close() {
            executor.shutdownNow();
        }
    }
}
