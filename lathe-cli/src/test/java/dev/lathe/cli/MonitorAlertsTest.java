package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alert rules from the command: on a batch drift check, and watching a server's /metrics; webhooks on loopback. */
class MonitorAlertsTest {

    @TempDir
    Path dir;

    private HttpServer http;
    private final List<String> hooks = new CopyOnWriteArrayList<>();
    private final AtomicInteger scrapes = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/hook", exchange -> {
            hooks.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        // dataset_drift for model "churn" over the scrapes: 0, 1, 1, 0; model "price" stays 0
        http.createContext("/metrics", exchange -> {
            int n = scrapes.incrementAndGet();
            int drift = n == 2 || n == 3 ? 1 : 0;
            byte[] body = ("# HELP dataset_drift Whether the last window drifted\n# TYPE dataset_drift gauge\n"
                    + "dataset_drift{model=\"churn\"} " + drift + ".0\n"
                    + "dataset_drift{model=\"price\"} 0.0\nlathe_serve_in_flight 1.0\n").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        http.start();
    }

    @AfterEach
    void stop() {
        http.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    private Path rules(String rule) throws IOException {
        return Files.writeString(dir.resolve("rules.yaml"), "rules:\n" + rule + "webhooks:\n  - url: " + base()
                + "/hook\n    attempts: 2\n    backoff_ms: 10\n");
    }

    private Path data(String name, long seed, double shift) throws IOException {
        Random rng = new Random(seed);
        StringBuilder b = new StringBuilder("x,c\n");
        for (int i = 0; i < 300; i++) {
            b.append(String.format(Locale.ROOT, "%.6f,%s%n", shift + rng.nextGaussian(), "abc".charAt(rng.nextInt(3))));
        }
        return Files.writeString(dir.resolve(name), b.toString());
    }

    @Test
    void aBatchCheckSendsItsAlertsToTheWebhook() throws IOException {
        Path rules = rules("  - name: x drifted\n    metric: \"drift:x\"\n    condition: \"== 1\"\n    severity: critical\n"
                + "  - name: c drifted\n    metric: \"drift:c\"\n    condition: \"== 1\"\n");
        CommandRun run = CommandRun.of("monitor", "--reference", data("ref.csv", 1, 0).toString(), "--current",
                data("cur.csv", 2, 1.0).toString(), "--rules", rules.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(hooks).singleElement().asString().contains("\"rule\":\"x drifted\"", "\"state\":\"firing\"",
                "\"severity\":\"critical\"", "\"series\":\"drift:x\"");
        assertThat(run.err()).contains("{\"alert\":{").contains("x drifted");
    }

    @Test
    void watchFollowsEachLabelledSeriesAndSendsFiringThenResolved() throws IOException {
        Path rules = rules("  - name: drifted twice\n    metric: dataset_drift\n    condition: \">= 1\"\n    for: 2\n");
        CommandRun run = CommandRun.of("monitor", "watch", "--server", base(), "--rules", rules.toString(),
                "--interval-seconds", "0.01", "--windows", "4");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(scrapes.get()).isEqualTo(4);
        assertThat(hooks).hasSize(2);
        assertThat(hooks.get(0)).contains("\"state\":\"firing\"", "\"windows\":2",
                "\"series\":\"dataset_drift{model=\\\"churn\\\"}\"");
        assertThat(hooks.get(1)).contains("\"state\":\"resolved\"");
        assertThat(run.out().lines().filter(l -> l.startsWith("{\"alert\"")).count()).isEqualTo(2);
        assertThat(run.err().lines().filter(l -> l.contains("\"event\":\"window\"")).count()).isEqualTo(4);
    }

    @Test
    void badArgumentsAreOneLineErrors() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "rules:\n  - name: a\n    metric: m\n    condition: soon\n");
        CommandRun run = CommandRun.of("monitor", "watch", "--server", base(), "--rules", bad.toString(), "--windows", "1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ").contains("bad.yaml line 4: condition 'soon'");
        CommandRun noServer = CommandRun.of("monitor", "watch", "--server", "ftp://x", "--rules", bad.toString());
        assertThat(noServer.exitCode()).isEqualTo(2);
        CommandRun noCurrent = CommandRun.of("monitor", "--reference", data("ref.csv", 1, 0).toString());
        assertThat(noCurrent.exitCode()).isEqualTo(2);
        assertThat(noCurrent.err()).contains("needs --reference REF and --current CUR");
    }
}
