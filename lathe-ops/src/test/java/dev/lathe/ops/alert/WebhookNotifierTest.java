package dev.lathe.ops.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Delivery to a real HTTP receiver on loopback: retries with doubling backoff, final refusals, deduplication. */
class WebhookNotifierTest {

    private HttpServer receiver;
    private final Deque<Integer> answers = new ArrayDeque<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> keys = new CopyOnWriteArrayList<>();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            Integer status;
            synchronized (answers) {
                status = answers.isEmpty() ? 200 : answers.poll();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private WebhookNotifier notifier(String path, int attempts) {
        URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + path);
        return new WebhookNotifier(url, attempts, Duration.ofMillis(100), Duration.ofSeconds(5), log::add, waits::add);
    }

    private static AlertEvent event(AlertEvent.State state) {
        return new AlertEvent("drifted|drift_share|1", "drifted", state, Severity.CRITICAL, "drift_share", 0.7,
                ">= 0.5", 2, Instant.parse("2026-11-26T12:03:00Z"));
    }

    @Test
    void retriesServerErrorsWithDoublingBackoffUntilDelivered() throws Exception {
        answers.addAll(List.of(503, 500));
        assertThat(notifier("/hook", 5).send(event(AlertEvent.State.FIRING))).isTrue();
        assertThat(bodies).hasSize(3);
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        JsonNode body = new ObjectMapper().readTree(bodies.get(2));
        assertThat(body.get("rule").asText()).isEqualTo("drifted");
        assertThat(body.get("state").asText()).isEqualTo("firing");
        assertThat(body.get("severity").asText()).isEqualTo("critical");
        assertThat(body.get("value").asDouble()).isEqualTo(0.7);
        assertThat(body.get("window_end").asText()).isEqualTo("2026-11-26T12:03:00Z");
        assertThat(keys).containsOnly("drifted|drift_share|1|FIRING");
        assertThat(log).hasSize(2).allMatch(l -> l.contains("\"webhook_failed\"") && l.contains("retrying"));
    }

    @Test
    void aDeliveredEventIsNotSentTwiceButItsResolutionIs() {
        WebhookNotifier n = notifier("/hook", 3);
        assertThat(n.send(event(AlertEvent.State.FIRING))).isTrue();
        assertThat(n.send(event(AlertEvent.State.FIRING))).isTrue();
        assertThat(n.send(event(AlertEvent.State.RESOLVED))).isTrue();
        assertThat(keys).containsExactly("drifted|drift_share|1|FIRING", "drifted|drift_share|1|RESOLVED");
    }

    @Test
    void aClientErrorIsFinalAndTooManyFailuresGiveUp() {
        answers.add(400);
        assertThat(notifier("/hook", 5).send(event(AlertEvent.State.FIRING))).isFalse();
        assertThat(bodies).hasSize(1);
        assertThat(log).singleElement().asString().contains("answered 400 (not retried)");
        answers.addAll(List.of(503, 503, 503));
        assertThat(notifier("/hook", 3).send(event(AlertEvent.State.FIRING))).isFalse();
        assertThat(bodies).hasSize(4);
        assertThat(log.get(log.size() - 1)).contains("answered 503; giving up");
    }

    @Test
    void anUnreachableReceiverIsRetriedThenReported() throws IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        WebhookNotifier n = new WebhookNotifier(URI.create("http://127.0.0.1:" + port + "/hook"), 2, Duration.ofMillis(50),
                Duration.ofSeconds(2), log::add, waits::add);
        assertThat(n.send(event(AlertEvent.State.FIRING))).isFalse();
        assertThat(waits).containsExactly(Duration.ofMillis(50));
        assertThat(log).hasSize(2);
        assertThat(log.get(1)).contains("ConnectException").contains("giving up");
    }

    @Test
    void refusesUrlsThatAreNotHttp() {
        assertThatThrownBy(() -> new WebhookNotifier(URI.create("file:///tmp/x"), 1, Duration.ZERO,
                Duration.ofSeconds(1), log::add)).hasMessageContaining("http or https URL, got 'file:///tmp/x'");
    }
}
