package dev.lathe.ops.serve;

import java.time.Duration;

/**
 * How a prediction server listens and what it admits.
 *
 * @param host           address to bind; loopback ({@code 127.0.0.1}) unless the server must be reachable
 * @param port           TCP port, 0 for any free one
 * @param token          bearer token that prediction and metadata requests must carry, and without which the
 *                       admin endpoints do not exist; null for an open server without admin endpoints
 * @param maxBodyBytes   the largest request body accepted (a larger one gets 413)
 * @param maxRows        the most rows one request may hold (more gets 400)
 * @param maxConcurrent  predictions computed at once; further requests wait up to {@code requestTimeout}
 * @param requestTimeout the longest a prediction may wait and run before the client gets 503
 * @param drainTimeout   on shutdown, the longest to wait for requests in flight
 * @param pollInterval   how often to ask each model's source whether it moved (a registry alias set to another
 *                       version) and swap the new model in; zero never asks
 * @param maxBatchRows   the most rows one micro-batch joins from concurrent requests; zero turns micro-batching
 *                       off (each request is predicted on its own)
 * @param batchWait      how long a micro-batch may wait for more requests after its first; zero never waits
 */
public record ServerOptions(String host, int port, String token, long maxBodyBytes, int maxRows, int maxConcurrent,
                            Duration requestTimeout, Duration drainTimeout, Duration pollInterval,
                            int maxBatchRows, Duration batchWait) {

    /** Checks the ranges. */
    public ServerOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in [0, 65535], got " + port);
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the token is empty");
        }
        if (maxBodyBytes < 1 || maxRows < 1 || maxConcurrent < 1) {
            throw new IllegalArgumentException("body size, rows and concurrency limits must be at least 1");
        }
        if (maxBatchRows < 0 || batchWait.isNegative()) {
            throw new IllegalArgumentException("the batch size and wait must not be negative, got " + maxBatchRows
                    + " rows and " + batchWait);
        }
        if (pollInterval.isNegative()) {
            throw new IllegalArgumentException("the poll interval must not be negative, got " + pollInterval);
        }
    }

    /**
     * Defaults: 16 MiB bodies, 10,000 rows, two predictions per core at once, 30 s request timeout, 30 s drain,
     * no polling, no micro-batching.
     *
     * @param host  address to bind
     * @param port  TCP port, 0 for any free one
     * @param token bearer token, or null
     */
    public static ServerOptions defaults(String host, int port, String token) {
        return new ServerOptions(host, port, token, 16L << 20, 10_000,
                2 * Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ZERO, 0, Duration.ZERO);
    }

    /** The same options with another body size limit. */
    public ServerOptions withMaxBodyBytes(long bytes) {
        return new ServerOptions(host, port, token, bytes, maxRows, maxConcurrent, requestTimeout, drainTimeout, pollInterval,
                maxBatchRows, batchWait);
    }

    /** The same options with another row limit. */
    public ServerOptions withMaxRows(int rows) {
        return new ServerOptions(host, port, token, maxBodyBytes, rows, maxConcurrent, requestTimeout, drainTimeout, pollInterval,
                maxBatchRows, batchWait);
    }

    /** The same options with another concurrency cap and request timeout. */
    public ServerOptions withConcurrency(int predictions, Duration timeout) {
        return new ServerOptions(host, port, token, maxBodyBytes, maxRows, predictions, timeout, drainTimeout, pollInterval,
                maxBatchRows, batchWait);
    }

    /** The same options polling model sources every {@code interval} (zero: never). */
    public ServerOptions withPollInterval(Duration interval) {
        return new ServerOptions(host, port, token, maxBodyBytes, maxRows, maxConcurrent, requestTimeout, drainTimeout,
                interval, maxBatchRows, batchWait);
    }

    /** The same options with micro-batching of up to {@code rows} rows waiting up to {@code wait} (0 rows: off). */
    public ServerOptions withBatching(int rows, Duration wait) {
        return new ServerOptions(host, port, token, maxBodyBytes, maxRows, maxConcurrent, requestTimeout, drainTimeout,
                pollInterval, rows, wait);
    }
}
