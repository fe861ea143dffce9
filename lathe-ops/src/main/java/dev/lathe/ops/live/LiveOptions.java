package dev.lathe.ops.live;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a prediction server watches its traffic.
 *
 * @param sampleRate    share of rows kept, in (0, 1] [1]; rows are chosen by a seeded hash of their arrival number
 * @param seed          seed of that choice [0]
 * @param queueCapacity requests that may wait for the monitor [10,000, at least 1]; a request that finds the queue
 *                      full is dropped from monitoring and counted, never delayed
 * @param windowRows    a window closes when it holds this many rows [1000]; 0: not by count
 * @param windowTime    a window closes this long after its first row [zero: not by time]; count and time may be
 *                      combined (whichever comes first), at least one must be set
 * @param logDir        directory of the JSONL request log, or null for no log [null]
 * @param maxFileBytes  a log file is closed and a new one started beyond this size [64 MiB, at least 1024]
 * @param maxFiles      log files kept; older ones are deleted [10, at least 1]
 */
public record LiveOptions(double sampleRate, long seed, int queueCapacity, int windowRows, Duration windowTime,
                          Path logDir, long maxFileBytes, int maxFiles) {

    /** Checks the ranges. */
    public LiveOptions {
        if (!(sampleRate > 0 && sampleRate <= 1)) {
            throw new IllegalArgumentException("the sample rate must be in (0, 1], got " + sampleRate);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("the monitoring queue must hold at least 1 request, got "
                    + queueCapacity);
        }
        if (windowRows < 0 || windowTime.isNegative()) {
            throw new IllegalArgumentException("window rows and time must not be negative, got " + windowRows
                    + " rows and " + windowTime);
        }
        if (windowRows == 0 && windowTime.isZero()) {
            throw new IllegalArgumentException("give a window size in rows, a window time, or both");
        }
        if (maxFileBytes < 1024 || maxFiles < 1) {
            throw new IllegalArgumentException("log files must allow at least 1024 bytes and 1 file, got "
                    + maxFileBytes + " bytes and " + maxFiles + " files");
        }
    }

    /** Every row, seed 0, 10,000 queued requests, windows of 1000 rows, no log. */
    public static LiveOptions defaults() {
        return new LiveOptions(1, 0, 10_000, 1000, Duration.ZERO, null, 64L << 20, 10);
    }

    /** The same options keeping {@code rate} of the rows, chosen with {@code seed}. */
    public LiveOptions withSampling(double rate, long seed) {
        return new LiveOptions(rate, seed, queueCapacity, windowRows, windowTime, logDir, maxFileBytes, maxFiles);
    }

    /** The same options with windows of {@code rows} rows and/or {@code time} (0 / zero: not by that). */
    public LiveOptions withWindow(int rows, Duration time) {
        return new LiveOptions(sampleRate, seed, queueCapacity, rows, time, logDir, maxFileBytes, maxFiles);
    }

    /** The same options with a queue of {@code capacity} requests. */
    public LiveOptions withQueueCapacity(int capacity) {
        return new LiveOptions(sampleRate, seed, capacity, windowRows, windowTime, logDir, maxFileBytes, maxFiles);
    }

    /** The same options logging to {@code dir}, in files of up to {@code bytes}, keeping {@code files} of them. */
    public LiveOptions withLog(Path dir, long bytes, int files) {
        return new LiveOptions(sampleRate, seed, queueCapacity, windowRows, windowTime, dir, bytes, files);
    }
}
