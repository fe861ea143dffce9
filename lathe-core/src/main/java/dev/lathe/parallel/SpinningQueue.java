package dev.lathe.parallel;

import java.util.concurrent.LinkedBlockingQueue;

/**
 * The work queue of {@link Parallelism#helpers()}: a thread waiting for work polls it for
 * {@value #SPIN_NANOS} ns before it blocks (as OpenMP's workers spin before sleeping). Waking a parked thread
 * takes tens of microseconds on a virtual machine, as long as a whole small piece of work; a spinning one
 * picks the work up within a microsecond. The spin is short, so an idle pool costs no CPU.
 */
final class SpinningQueue extends LinkedBlockingQueue<Runnable> {

    /** How long a waiting thread spins before it parks. */
    static final long SPIN_NANOS = 100_000;

    @Override
    public Runnable take() throws InterruptedException {
        long until = System.nanoTime() + SPIN_NANOS;
        do {
            Runnable r = poll();
            if (r != null) {
                return r;
            }
            Thread.onSpinWait();
        } while (System.nanoTime() - until < 0);
        return super.take();
    }
}
