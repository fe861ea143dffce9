package dev.lathe.ops.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two writers on one SQLite store (WAL, busy timeout, immediate transactions) lose nothing. */
class SqliteConcurrencyTest {

    private static final int RUNS_PER_WRITER = 25;
    private static final int STEPS = 8;

    @TempDir
    Path tmp;

    @Test
    void twoThreadsWritingRunsAndMetricsLoseNothing() throws Exception {
        StoreLocation location = new StoreLocation("jdbc:sqlite:" + tmp.resolve("lathe.db"), tmp.resolve("a"));
        TrackingStore.open(location, "setup");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                String writer = "w" + w;
                // each writer opens its own store, as two processes would
                writers.add(pool.submit(() -> write(TrackingStore.open(location, writer), writer)));
            }
            TrackingStore store = TrackingStore.open(location, "check");
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : writers) {
                all.addAll(f.get());
            }
            assertThat(all).hasSize(2 * RUNS_PER_WRITER).doesNotHaveDuplicates();
            assertThat(store.search().search(RunQuery.of(null).page(1000, null)).runs()).hasSize(2 * RUNS_PER_WRITER);
            for (String id : all) {
                assertThat(store.log().history(id, "loss")).hasSize(STEPS);
                assertThat(store.log().data(id).metrics().get("loss").step()).isEqualTo(STEPS - 1);
                assertThat(store.runs().get(id).status()).isEqualTo(RunStatus.FINISHED);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> write(TrackingStore store, String writer) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < RUNS_PER_WRITER; i++) {
            Run run = store.runs().start(RunSpec.in("concurrent").named(writer + "-" + i));
            store.log().logParams(run.id(), Map.of("writer", writer));
            for (int step = 0; step < STEPS; step++) {
                store.log().logMetrics(run.id(), List.of(new Metric("loss", 1.0 / (step + 1), step, step)));
            }
            store.runs().end(run.id(), RunStatus.FINISHED);
            ids.add(run.id());
        }
        return ids;
    }
}
