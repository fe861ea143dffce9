package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lathe monitor watch --log DIR --model M}: logged rows replayed window by window through the rules. */
class MonitorWatchLogTest {

    @TempDir
    Path dir;

    private static String row(Random r, double shift) {
        return String.format(Locale.ROOT, "{\"x\": %.6f, \"z\": %.6f}", shift + r.nextGaussian(), r.nextGaussian());
    }

    @Test
    void aShiftedWindowFiresAndTheNextCleanOneResolves() throws IOException {
        Random r = new Random(1);
        StringBuilder train = new StringBuilder("x,z,y\n");
        for (int i = 0; i < 2000; i++) {
            double x = r.nextGaussian();
            train.append(String.format(Locale.ROOT, "%.6f,%.6f,%s%n", x, r.nextGaussian(), x > 0 ? "churn" : "stay"));
        }
        Path model = dir.resolve("m.lathe");
        CommandRun fit = CommandRun.of("train", Files.writeString(dir.resolve("train.csv"), train.toString()).toString(),
                "--target", "y", "--model", "logistic_regression", "-o", model.toString());
        assertThat(fit.exitCode()).as(fit.err()).isZero();
        Path logs = Files.createDirectories(dir.resolve("logs"));
        StringBuilder lines = new StringBuilder();
        double[] shifts = {0, 1.5, 0};
        for (int w = 0; w < shifts.length; w++) {
            for (int i = 0; i < 300; i++) {
                lines.append("{\"time\": \"2026-11-26T12:0").append(w).append(":00Z\", \"model\": \"m\", ")
                        .append("\"request_id\": \"q").append(i).append("\", \"inputs\": ").append(row(r, shifts[w]))
                        .append(", \"outputs\": {}}\n");
            }
            lines.append("{\"time\": \"2026-11-26T12:00:00Z\", \"model\": \"other\", \"inputs\": {\"a\": 1}}\n");
        }
        Files.writeString(logs.resolve("requests-000001.jsonl"), lines.toString());
        Path rules = Files.writeString(dir.resolve("rules.yaml"),
                "rules:\n  - name: inputs drifted\n    metric: dataset_drift\n    condition: \">= 1\"\n");
        CommandRun run = CommandRun.of("monitor", "watch", "--log", logs.toString(), "--model", model.toString(),
                "--window-rows", "300", "--rules", rules.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines().filter(l -> l.contains("\"event\":\"window\""))).hasSize(3);
        assertThat(run.out().lines().filter(l -> l.startsWith("{\"alert\""))).satisfiesExactly(
                l -> assertThat(l).contains("\"state\":\"firing\"", "\"window_end\":\"2026-11-26T12:01:00Z\""),
                l -> assertThat(l).contains("\"state\":\"resolved\"", "\"window_end\":\"2026-11-26T12:02:00Z\""));
    }

    @Test
    void badArgumentsAreOneLineErrors() throws IOException {
        Path rules = Files.writeString(dir.resolve("rules.yaml"),
                "rules:\n  - name: a\n    metric: dataset_drift\n    condition: \">= 1\"\n");
        CommandRun both = CommandRun.of("monitor", "watch", "--log", dir.toString(), "--server", "http://127.0.0.1:1",
                "--rules", rules.toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("exactly one of --server URL and --log DIR");
        CommandRun noModel = CommandRun.of("monitor", "watch", "--log", dir.toString(), "--rules", rules.toString());
        assertThat(noModel.exitCode()).isEqualTo(2);
        assertThat(noModel.err()).contains("--log needs --model MODEL");
    }
}
