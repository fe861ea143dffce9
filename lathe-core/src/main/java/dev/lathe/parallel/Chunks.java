package dev.lathe.parallel;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs numbered pieces of work (chunks) on the calling thread and {@link Parallelism#helpers()}. Callers
 * keep one result slot per chunk and combine them in chunk order afterwards, so results do not depend on
 * the number of threads. The calling thread works too and waits only for chunks already taken by running
 * threads, so a call made from inside a pool task cannot deadlock; it spins briefly before it parks, as the
 * helpers do, so that a node of a tree split over two threads is not held up by thread wake-ups.
 */
public final class Chunks {

    private Chunks() {
    }

    /**
     * Calls {@code work.accept(c)} once for every chunk {@code c} in [0, count), in parallel, and returns
     * when all are done. The first exception thrown by a chunk is rethrown here (remaining chunks are
     * skipped).
     *
     * @param count number of chunks, at least 0
     * @param work  the work of one chunk; must write only to its own chunk's result slot
     */
    public static void run(int count, IntConsumer work) {
        if (count < 0) {
            throw new IllegalArgumentException("chunk count must be at least 0, got " + count);
        }
        int helpers = Math.min(Parallelism.threads(), count) - 1;
        if (helpers <= 0) {
            for (int c = 0; c < count; c++) {
                work.accept(c);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(count);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable drain = () -> {
            for (int c = next.getAndIncrement(); c < count; c = next.getAndIncrement()) {
                try {
                    if (failure.get() == null) {
                        work.accept(c);
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    done.countDown();
                }
            }
        };
        for (int h = 0; h < helpers; h++) {
            Parallelism.helpers().execute(drain);
        }
        drain.run();
        long spinUntil = System.nanoTime() + SpinningQueue.SPIN_NANOS;
        while (done.getCount() > 0 && System.nanoTime() - spinUntil < 0) {
            Thread.onSpinWait();
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for parallel work", e);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t != null) {
            throw (Error) t; // IntConsumer throws nothing checked
        }
    }
}
