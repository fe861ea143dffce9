package dev.lathe.model.ensemble;

import dev.lathe.parallel.Parallelism;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Runs one task per tree on {@link Parallelism#executor()}, results in tree order. The calling thread
 * takes tasks too, so a forest fitted from inside another parallel task (a cross-validation fold) cannot
 * wait forever for busy workers. Each task must depend only on its index (its own seed), never on which
 * thread runs it or when.
 */
final class ParallelTrees {

    private ParallelTrees() {
    }

    /** {@code task.apply(0..n-1)}, in that order; the first failure is rethrown. */
    static <T> List<T> map(int n, IntFunction<T> task) {
        Object[] results = new Object[n];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(n);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                try {
                    if (failure.get() == null) {
                        results[i] = task.apply(i);
                    }
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e instanceof RuntimeException re ? re : new IllegalStateException(e));
                } finally {
                    done.countDown();
                }
            }
        };
        int helpers = Math.min(Parallelism.threads(), n) - 1;
        for (int h = 0; h < helpers; h++) {
            Parallelism.executor().execute(worker);
        }
        worker.run();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fitting trees", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        List<T> out = new ArrayList<>(n);
        for (Object r : results) {
            @SuppressWarnings("unchecked")
            T t = (T) r;
            out.add(t);
        }
        return out;
    }
}
