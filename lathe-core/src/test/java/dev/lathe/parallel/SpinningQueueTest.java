package dev.lathe.parallel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SpinningQueueTest {

    @Test
    void takeReturnsWorkAlreadyQueuedAndWorkThatArrivesAfterTheSpinHasEnded() throws Exception {
        SpinningQueue queue = new SpinningQueue();
        Runnable first = () -> { };
        queue.add(first);
        assertThat(queue.take()).isSameAs(first);

        AtomicReference<Runnable> taken = new AtomicReference<>();
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread taker = new Thread(() -> {
            waiting.countDown();
            try {
                taken.set(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.countDown();
        });
        taker.start();
        waiting.await();
        Thread.sleep(50); // far longer than the spin: the taker has parked
        assertThat(done.getCount()).isEqualTo(1);
        Runnable second = () -> { };
        queue.add(second);
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(taken.get()).isSameAs(second);
    }
}
