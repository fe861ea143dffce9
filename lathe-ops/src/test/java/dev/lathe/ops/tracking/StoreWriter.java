package dev.lathe.ops.tracking;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A writer for the concurrency tests: starts runs, logs a parameter and a metric history to each, ends them.
 * Runs in a thread of the test or, through {@link #main}, as a process of its own.
 */
final class StoreWriter {

    /** Runs each writer starts. */
    static final int RUNS = 25;
    /** Metric steps logged to each run. */
    static final int STEPS = 8;

    private StoreWriter() {
    }

    /**
     * As a process: {@code JDBC_URL ARTIFACT_ROOT WRITER}; prints the run ids, one a line.
     *
     * @param args the store's URL, its artifact root and the writer's name
     */
    public static void main(String[] args) {
        TrackingStore store = TrackingStore.open(new StoreLocation(args[0], Path.of(args[1])), args[2]);
        write(store, args[2]).forEach(System.out::println);
    }

    /** Writes {@link #RUNS} runs as {@code writer} and returns their ids. */
    static List<String> write(TrackingStore store, String writer) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
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
