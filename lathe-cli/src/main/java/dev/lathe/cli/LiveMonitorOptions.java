package dev.lathe.cli;

import dev.lathe.ops.live.LiveOptions;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code lathe serve}'s live-monitoring options: off unless {@code --monitor} is given. */
final class LiveMonitorOptions {

    @Option(names = "--monitor", description = "Monitor the traffic: windows of sampled requests compared with each "
            + "model's reference profile, drift gauges on /metrics (default: off).")
    boolean monitor;

    @Option(names = "--monitor-sample", paramLabel = "RATE",
            description = "Share of rows monitored, in (0, 1] (default: 1).")
    Double sample;

    @Option(names = "--monitor-seed", paramLabel = "N", description = "Seed of the row sampling (default: 0).")
    Long seed;

    @Option(names = "--monitor-window-rows", paramLabel = "N",
            description = "Rows per window; 0: windows by time only (default: 1000).")
    Integer windowRows;

    @Option(names = "--monitor-window-seconds", paramLabel = "S",
            description = "Close a window this long after its first row; 0: by rows only (default: 0).")
    Long windowSeconds;

    @Option(names = "--monitor-queue", paramLabel = "N",
            description = "Requests waiting for the monitor before further ones are dropped from it (default: 10000).")
    Integer queue;

    @Option(names = "--monitor-log", paramLabel = "DIR",
            description = "Write monitored rows to rotating JSONL files requests-NNNNNN.jsonl in DIR (default: none).")
    Path logDir;

    @Option(names = "--monitor-log-file-mb", paramLabel = "MB",
            description = "Start a new log file beyond this size (default: 64).")
    Integer fileMb;

    @Option(names = "--monitor-log-files", paramLabel = "N", description = "Log files kept (default: 10).")
    Integer files;

    /** The options given, or null when --monitor is off (then no other --monitor-* option may be given). */
    LiveOptions toOptions() {
        boolean others = sample != null || seed != null || windowRows != null || windowSeconds != null
                || queue != null || logDir != null || fileMb != null || files != null;
        if (!monitor) {
            if (others) {
                throw new IllegalArgumentException("--monitor-* options need --monitor");
            }
            return null;
        }
        LiveOptions d = LiveOptions.defaults();
        long seconds = windowSeconds == null ? 0 : windowSeconds;
        if (seconds < 0) {
            throw new IllegalArgumentException("--monitor-window-seconds must be 0 or more, got " + seconds);
        }
        int mb = fileMb == null ? 64 : fileMb;
        if (mb < 1) {
            throw new IllegalArgumentException("--monitor-log-file-mb must be at least 1, got " + mb);
        }
        return new LiveOptions(sample == null ? d.sampleRate() : sample, seed == null ? d.seed() : seed,
                queue == null ? d.queueCapacity() : queue, windowRows == null ? d.windowRows() : windowRows,
                Duration.ofSeconds(seconds), logDir, (long) mb << 20, files == null ? d.maxFiles() : files);
    }
}
