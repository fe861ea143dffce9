package dev.lathe.ops.alert;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Posts each alert event as JSON to a webhook. A refused connection, a timeout, or an answer of 408, 425, 429 or
 * 5xx is retried after a backoff that doubles each time (1x, 2x, 4x the initial wait), up to the attempt limit;
 * any other 4xx is final (the receiver rejects the event). An event already delivered (same id and state) is
 * not sent again; the body carries {@code id} and the request an {@code Idempotency-Key} header, so a receiver
 * can drop the duplicates a retry after a lost answer may cause. Failures go to the log, never to the caller.
 */
public final class WebhookNotifier implements Notifier {

    /** Waits between attempts; replaced in tests. */
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private static final int REMEMBERED = 10_000;

    private final URI url;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration timeout;
    private final Consumer<String> log;
    private final Sleeper sleeper;
    private final HttpClient http;
    private final Set<String> delivered = java.util.Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    /**
     * @param url            where to POST, http or https
     * @param maxAttempts    attempts per event, at least 1
     * @param initialBackoff wait before the first retry, doubled for each later one
     * @param timeout        the longest one attempt may take
     * @param log            receives one JSON line per failed attempt or abandoned event
     */
    public WebhookNotifier(URI url, int maxAttempts, Duration initialBackoff, Duration timeout, Consumer<String> log) {
        this(url, maxAttempts, initialBackoff, timeout, log, d -> Thread.sleep(d.toMillis()));
    }

    WebhookNotifier(URI url, int maxAttempts, Duration initialBackoff, Duration timeout, Consumer<String> log,
                    Sleeper sleeper) {
        String scheme = url.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException("a webhook needs an http or https URL, got '" + url + "'");
        }
        if (maxAttempts < 1 || initialBackoff.isNegative() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a webhook needs at least one attempt, a backoff of zero or more and a "
                    + "positive timeout");
        }
        this.url = url;
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.timeout = timeout;
        this.log = log;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public synchronized boolean send(AlertEvent event) {
        String key = event.id() + "|" + event.state();
        if (delivered.contains(key)) {
            return true;
        }
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(LogNotifier.json(event.toMap()))).build();
        Duration wait = initialBackoff;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            String failure;
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2) {
                    delivered.add(key);
                    return true;
                }
                failure = "answered " + status;
                if (!retryable(status)) {
                    report(event, attempt, failure + " (not retried)");
                    return false;
                }
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                report(event, attempt, "interrupted");
                return false;
            }
            report(event, attempt, failure + (attempt < maxAttempts ? "; retrying in " + wait.toMillis() + " ms"
                    : "; giving up"));
            if (attempt < maxAttempts) {
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                wait = wait.multipliedBy(2);
            }
        }
        return false;
    }

    private static boolean retryable(int status) {
        return status == 408 || status == 425 || status == 429 || status >= 500;
    }

    private void report(AlertEvent event, int attempt, String what) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", "webhook_failed");
        line.put("url", url.toString());
        line.put("alert", event.id());
        line.put("state", event.state().name().toLowerCase(java.util.Locale.ROOT));
        line.put("attempt", attempt);
        line.put("error", what);
        log.accept(LogNotifier.json(line));
    }
}
