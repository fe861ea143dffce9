package dev.lathe.parallel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The one place that decides how many threads Lathe uses. The default is every core; the system
 * property {@code lathe.threads} or {@link #setThreads} changes it. Whole tasks run on {@link #executor()},
 * numbered pieces of one step on the spinning {@code helpers()} through {@link Chunks}; work is split so that
 * results never depend on how many threads there are.
 */
public final class Parallelism {

    private static volatile int threads = initialThreads();
    private static ExecutorService executor;
    private static ExecutorService helpers;

    private Parallelism() {
    }

    private static int initialThreads() {
        String configured = System.getProperty("lathe.threads");
        if (configured != null) {
            try {
                int n = Integer.parseInt(configured.trim());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the default: a bad property must not stop the library
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /** Number of worker threads parallel work may use (at least 1). */
    public static int threads() {
        return threads;
    }

    /** Sets the number of worker threads; takes effect for work started afterwards. */
    public static synchronized void setThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + n);
        }
        if (n != threads && executor != null) {
            executor.shutdown();
            executor = null;
        }
        if (n != threads && helpers != null) {
            helpers.shutdown();
            helpers = null;
        }
        threads = n;
    }

    /**
     * The helpers of {@link Chunks#run}: {@code threads() - 1} daemon threads (the caller is the last one)
     * that spin for a short while for the next chunk before parking, so that handing out small pieces of
     * work costs microseconds rather than a thread wake-up. Only for {@code threads() > 1}.
     */
    static synchronized ExecutorService helpers() {
        if (helpers == null) {
            int n = threads - 1;
            helpers = new ThreadPoolExecutor(n, n, 0, TimeUnit.SECONDS, new SpinningQueue(), daemons("lathe-helper-"));
        }
        return helpers;
    }

    /** The shared pool of daemon worker threads, sized by {@link #threads()}. */
    public static synchronized ExecutorService executor() {
        if (executor == null) {
            executor = Executors.newFixedThreadPool(threads, daemons("lathe-worker-"));
        }
        return executor;
    }

    /** Makes daemon threads named {@code prefix} and a number from 1. */
    private static ThreadFactory daemons(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Runs {@code body} once for every index in [0, count): the indices are cut into at most
     * {@link #threads()} contiguous chunks run by {@link Chunks#run}, so the calling thread works too and a
     * call made from inside a pool task (a model fitted inside a parallel cross-validation fold) cannot
     * deadlock. Each index must write only its own results, so the outcome does not depend on the number of
     * threads. The first exception thrown by {@code body} is rethrown here.
     */
    public static void forEachIndex(int count, IntConsumer body) {
        int chunks = Math.min(threads, count);
        Chunks.run(chunks, c -> {
            int to = (int) ((long) count * (c + 1) / chunks);
            for (int i = (int) ((long) count * c / chunks); i < to; i++) {
                body.accept(i);
            }
        });
    }
}
