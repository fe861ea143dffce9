package dev.lathe.ops.serve;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Caps the predictions computed at once and bounds how long a request waits and computes: a request that
 * finds no free slot within the timeout, or whose prediction does not finish in time, gets a 503 while the
 * server keeps answering others. A slot is held until the prediction really ends, so the cap holds even for
 * requests given up on.
 */
final class Admission implements AutoCloseable {

    private final Semaphore slots;
    private final ExecutorService workers;
    private final Duration timeout;

    /**
     * @param maxConcurrent predictions computed at once
     * @param timeout       the longest a request may wait for a slot plus compute
     */
    Admission(int maxConcurrent, Duration timeout) {
        this.slots = new Semaphore(maxConcurrent);
        this.workers = Executors.newFixedThreadPool(maxConcurrent, r -> {
            Thread t = new Thread(r, "lathe-serve-predict");
            t.setDaemon(true);
            return t;
        });
        this.timeout = timeout;
    }

    /** The result of {@code work}, computed within the cap and the timeout. */
    <T> T run(Callable<T> work) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        if (!slots.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new RequestException(503, "the server is busy: no prediction slot freed within " + timeout.toMillis()
                    + " ms; retry later");
        }
        Future<T> result;
        try {
            result = workers.submit(() -> {
                try {
                    return work.call();
                } finally {
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        try {
            return result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new RequestException(503, "the prediction took longer than " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
