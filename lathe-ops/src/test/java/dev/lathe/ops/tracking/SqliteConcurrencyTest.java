package dev.lathe.ops.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two writers on one SQLite store (WAL, busy timeout, immediate transactions) lose nothing. */
class SqliteConcurrencyTest {

    @TempDir
    Path tmp;

    StoreLocation location() {
        return new StoreLocation("jdbc:sqlite:" + tmp.resolve("lathe.db"), tmp.resolve("a"));
    }

    @Test
    void twoThreadsWritingRunsAndMetricsLoseNothing() throws Exception {
        StoreLocation location = location();
        TrackingStore.open(location, "setup");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                String writer = "w" + w;
                // each writer opens its own store, as a process would
                writers.add(pool.submit(() -> StoreWriter.write(TrackingStore.open(location, writer), writer)));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : writers) {
                all.addAll(f.get());
            }
            checkNothingLost(location, all);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoProcessesWritingRunsAndMetricsLoseNothing() throws Exception {
        StoreLocation location = location();
        TrackingStore.open(location, "setup");
        List<Process> processes = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            String java = ProcessHandle.current().info().command().orElse("java");
            processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    StoreWriter.class.getName(), location.jdbcUrl(), location.artifactRoot().toString(), "p" + w)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }
        List<String> all = new ArrayList<>();
        for (Process p : processes) {
            all.addAll(output(p));
        }
        checkNothingLost(location, all);
    }

    private static List<String> output(Process p) throws IOException, InterruptedException {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
        return out.lines().toList();
    }

    private static void checkNothingLost(StoreLocation location, List<String> ids) {
        TrackingStore store = TrackingStore.open(location, "check");
        assertThat(ids).hasSize(2 * StoreWriter.RUNS).doesNotHaveDuplicates();
        assertThat(store.search().search(RunQuery.of(null).page(1000, null)).runs()).hasSize(2 * StoreWriter.RUNS);
        for (String id : ids) {
            assertThat(store.log().history(id, "loss")).hasSize(StoreWriter.STEPS);
            assertThat(store.log().data(id).metrics().get("loss").step()).isEqualTo(StoreWriter.STEPS - 1);
            assertThat(store.runs().get(id).status()).isEqualTo(RunStatus.FINISHED);
        }
    }
}
