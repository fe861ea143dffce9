package dev.lathe.ops.serve;

import dev.lathe.frame.Frame;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;

/**
 * Adaptive micro-batching: concurrent prediction requests are joined into one call of the pipeline. A worker
 * takes the oldest waiting request and joins the requests already waiting for the same model, up to
 * {@code maxRows} rows in all; with a zero wait it never waits for more, so a request on an idle server is
 * predicted at once and batches grow only as load makes requests queue. A positive {@code maxWait} lets a
 * batch wait that long after its first request for more rows. A batch never holds more than {@code maxRows}
 * rows; a single request larger than that is predicted alone. When a batch fails (one request holds a value
 * its model refuses), each of its requests is predicted alone, so each gets its own answer or error with its
 * own row numbers.
 */
final class MicroBatcher implements AutoCloseable {

    /** One request waiting for its predictions. */
    private record Pending(ServedModel model, Frame rows, long enqueued, CompletableFuture<Frame> result) {
    }

    private final LinkedBlockingDeque<Pending> queue = new LinkedBlockingDeque<>();
    private final ExecutorService workers;
    private final int maxRows;
    private final long maxWaitNanos;
    private final Duration timeout;
    private final IntConsumer batchRows;

    /**
     * Starts the workers.
     *
     * @param workers   threads that predict batches (each computes one batch at a time)
     * @param maxRows   the most rows in one batch, at least 1
     * @param maxWait   how long a batch may wait for more requests after its first; zero never waits
     * @param timeout   the longest a request waits for its predictions before a 503
     * @param batchRows told the row count of every pipeline call, for metrics
     */
    MicroBatcher(int workers, int maxRows, Duration maxWait, Duration timeout, IntConsumer batchRows) {
        if (workers < 1 || maxRows < 1 || maxWait.isNegative()) {
            throw new IllegalArgumentException("micro-batching needs at least one worker, a batch of at least one row "
                    + "and a wait of zero or more; got " + workers + ", " + maxRows + ", " + maxWait);
        }
        this.maxRows = maxRows;
        this.maxWaitNanos = maxWait.toNanos();
        this.timeout = timeout;
        this.batchRows = batchRows;
        this.workers = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "lathe-serve-batch");
            t.setDaemon(true);
            return t;
        });
        for (int w = 0; w < workers; w++) {
            this.workers.execute(this::work);
        }
    }

    /**
     * The predictions of {@code model} for {@code rows}, computed in a batch with other waiting requests.
     *
     * @throws RequestException 503 when they are not ready within the timeout; the model's own 400 when it
     *                          refuses the rows
     */
    Frame predict(ServedModel model, Frame rows) throws Exception {
        Pending p = new Pending(model, rows, System.nanoTime(), new CompletableFuture<>());
        queue.add(p);
        try {
            return p.result().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            p.result().cancel(false);
            throw new RequestException(503, "the prediction took longer than " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void work() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                List<Pending> batch = nextBatch();
                if (!batch.isEmpty()) {
                    run(batch);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The oldest live request and the waiting ones for the same model that fit beside it. */
    private List<Pending> nextBatch() throws InterruptedException {
        Pending first = queue.take();
        List<Pending> batch = new ArrayList<>();
        if (first.result().isDone()) {
            return batch;
        }
        batch.add(first);
        int rows = first.rows().rowCount();
        long deadline = first.enqueued() + maxWaitNanos;
        List<Pending> others = new ArrayList<>();
        while (rows < maxRows) {
            long left = deadline - System.nanoTime();
            Pending next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : queue.poll();
            if (next == null) {
                break;
            }
            if (next.result().isDone()) {
                continue;
            }
            if (next.model() != first.model()) {
                others.add(next);
            } else if (rows + next.rows().rowCount() > maxRows) {
                others.add(next);
                break;
            } else {
                batch.add(next);
                rows += next.rows().rowCount();
            }
        }
        for (int i = others.size() - 1; i >= 0; i--) {
            queue.addFirst(others.get(i));
        }
        return batch;
    }

    private void run(List<Pending> batch) {
        if (batch.size() == 1) {
            runAlone(batch.get(0));
            return;
        }
        List<Frame> parts = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            parts.add(p.rows());
        }
        Frame predictions;
        try {
            Frame joined = Frame.concat(parts);
            batchRows.accept(joined.rowCount());
            predictions = batch.get(0).model().predict(joined);
        } catch (RuntimeException e) {
            batch.forEach(this::runAlone);
            return;
        }
        int start = 0;
        for (Pending p : batch) {
            int n = p.rows().rowCount();
            int[] index = new int[n];
            for (int i = 0; i < n; i++) {
                index[i] = start + i;
            }
            p.result().complete(predictions.take(index));
            start += n;
        }
    }

    private void runAlone(Pending p) {
        try {
            batchRows.accept(p.rows().rowCount());
            p.result().complete(p.model().predict(p.rows()));
        } catch (RuntimeException e) {
            p.result().completeExceptionally(e);
        }
    }

    /** Stops the workers; requests still queued get a 503. */
    @Override
    public void close() {
        workers.shutdownNow();
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        for (Pending p : left) {
            p.result().completeExceptionally(new RequestException(503, "the server is shutting down"));
        }
    }
}
