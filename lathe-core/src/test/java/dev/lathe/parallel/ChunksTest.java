package dev.lathe.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ChunksTest {

    @Test
    void runsEveryChunkExactlyOnce() {
        AtomicIntegerArray runs = new AtomicIntegerArray(1000);
        Chunks.run(1000, runs::incrementAndGet);
        for (int c = 0; c < 1000; c++) {
            assertThat(runs.get(c)).as("chunk %d", c).isEqualTo(1);
        }
    }

    @Test
    void noChunksIsNothingToDo() {
        Chunks.run(0, c -> {
            throw new AssertionError("no chunk expected");
        });
    }

    @Test
    void aFailingChunkFailsTheCallWithItsMessage() {
        assertThatThrownBy(() -> Chunks.run(50, c -> {
            if (c == 17) {
                throw new IllegalArgumentException("chunk 17 is bad");
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("chunk 17 is bad");
    }

    @Test
    void callsFromInsideThePoolDoNotDeadlock() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            AtomicIntegerArray runs = new AtomicIntegerArray(4 * 64);
            Future<?>[] outer = new Future<?>[4];
            for (int k = 0; k < outer.length; k++) {
                int base = k * 64;
                outer[k] = Parallelism.executor().submit(() -> Chunks.run(64, c -> runs.incrementAndGet(base + c)));
            }
            for (Future<?> f : outer) {
                f.get();
            }
            for (int i = 0; i < runs.length(); i++) {
                assertThat(runs.get(i)).isEqualTo(1);
            }
        });
    }

    @Test
    void aNegativeCountIsAClearError() {
        assertThatThrownBy(() -> Chunks.run(-1, c -> { })).hasMessageContaining("at least 0, got -1");
    }
}
