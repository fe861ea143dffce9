package dev.lathe.ops.alert;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a server's {@code /metrics} (Prometheus text format) as one window: every sample line becomes a metric
 * named as written, labels included ({@code dataset_drift{model="churn"}}); comments, and samples whose value is
 * not a finite number, are skipped.
 */
public final class PrometheusScrape {

    private final URI metrics;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** @param server the server's base URL ({@code http://host:port}); {@code /metrics} is read from it */
    public PrometheusScrape(URI server) {
        if (server.getScheme() == null || !server.getScheme().startsWith("http") || server.getHost() == null) {
            throw new IllegalArgumentException("--server must be an http URL such as http://127.0.0.1:8080, got '"
                    + server + "'");
        }
        this.metrics = server.resolve("/metrics");
    }

    /** One scrape, as a window ending now. */
    public WindowMetrics scrape() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(metrics + " answered " + r.statusCode());
        }
        return new WindowMetrics(Instant.now(), parse(r.body()));
    }

    /** The samples of a Prometheus text exposition, by series. */
    public static Map<String, Double> parse(String text) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            int close = s.lastIndexOf('}');
            int split = s.indexOf(' ', close < 0 ? 0 : close);
            if (split < 0) {
                continue;
            }
            String series = s.substring(0, split);
            String rest = s.substring(split + 1).strip();
            int space = rest.indexOf(' ');
            try {
                double v = Double.parseDouble(space < 0 ? rest : rest.substring(0, space));
                if (Double.isFinite(v)) {
                    values.put(series, v);
                }
            } catch (NumberFormatException e) {
                // not a sample line (or a value such as NaN spelt otherwise): nothing to watch
            }
        }
        return values;
    }
}
