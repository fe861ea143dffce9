package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lathe monitor performance}: CBPE and realised metrics per window from a saved model, end to end. */
class MonitorPerformanceCommandTest {

    @TempDir
    Path dir;

    private Path model;
    private Path reference;

    /** Rows with x ~ N(mean, sd), a noise column z, and label y = yes with probability sigmoid(3 x). */
    private Path rows(String name, int n, double mean, double sd, long seed, boolean withLabels) throws IOException {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(withLabels ? "x,z,y\n" : "x,z\n");
        for (int i = 0; i < n; i++) {
            double x = mean + sd * r.nextGaussian();
            b.append(String.format(Locale.ROOT, "%.6f,%.6f", x, r.nextGaussian()));
            if (withLabels) {
                b.append(r.nextDouble() < 1 / (1 + Math.exp(-3 * x)) ? ",churn" : ",stay");
            }
            b.append('\n');
        }
        return Files.writeString(dir.resolve(name), b.toString());
    }

    @BeforeEach
    void trainAndKeepReferenceRows() throws IOException {
        model = dir.resolve("m.lathe");
        CommandRun train = CommandRun.of("train", rows("train.csv", 4000, 1, 1, 1, true).toString(), "--target", "y",
                "--model", "logistic_regression", "-o", model.toString());
        assertThat(train.exitCode()).as(train.err()).isZero();
        reference = rows("ref.csv", 6000, 1, 1, 2, true);
    }

    @Test
    void aCovariateShiftIsEstimatedCloseToTheRealisedDropAndFlagged() throws IOException {
        CommandRun run = CommandRun.of("monitor", "performance", "--model", model.toString(), "--reference",
                reference.toString(), "--current", rows("cur.csv", 2000, 0, 0.4, 3, true).toString(), "--window",
                "500", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("positive_class").asText()).isEqualTo("stay");
        JsonNode windows = json.get("windows");
        assertThat(windows).hasSize(4);
        for (JsonNode w : windows) {
            double realised = w.get("realised").get("accuracy").asDouble();
            assertThat(w.get("estimated").get("accuracy").asDouble()).isCloseTo(realised, within(0.06));
            assertThat(w.get("outside_band").toString()).contains("\"estimated_accuracy\"");
        }
        assertThat(json.get("reference_bands").get("estimated_accuracy").get(0).asDouble())
                .isGreaterThan(windows.get(0).get("estimated").get("accuracy").asDouble());
    }

    @Test
    void withoutLabelsOnlyEstimatesArePrintedAndUnchangedDataIsNotFlagged() throws IOException {
        CommandRun run = CommandRun.of("monitor", "performance", "--model", model.toString(), "--reference",
                reference.toString(), "--current", rows("cur.csv", 1500, 1, 1, 4, false).toString(), "--window", "500");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("positive class 'stay'", "window", "roc_auc");
        assertThat(run.out().lines().skip(2)).hasSize(3).allMatch(l -> l.contains("- / 0.") && !l.contains("*"));
    }

    @Test
    void labelsArrivingLaterAreJoinedById() throws IOException {
        Path withLabels = rows("cur.csv", 1000, 0, 0.4, 9, true);
        java.util.List<String> lines = Files.readAllLines(withLabels);
        StringBuilder scored = new StringBuilder("rid,x,z\n");
        java.util.List<String> labelLines = new java.util.ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            scored.append("r").append(i).append(',').append(f[0]).append(',').append(f[1]).append('\n');
            if (i % 2 == 0 || i > 500) {
                labelLines.add("r" + i + "," + f[2]);
            }
        }
        java.util.Collections.shuffle(labelLines, new Random(3));
        Path scoredFile = Files.writeString(dir.resolve("scored.csv"), scored.toString());
        Path labelFile = Files.writeString(dir.resolve("labels.csv"), "rid,y\n" + String.join("\n", labelLines) + "\n");
        CommandRun joined = CommandRun.of("monitor", "performance", "--model", model.toString(), "--reference",
                reference.toString(), "--current", scoredFile.toString(), "--labels", labelFile.toString(), "--id", "rid",
                "--window", "500", "--json");
        assertThat(joined.exitCode()).as(joined.err()).isZero();
        CommandRun direct = CommandRun.of("monitor", "performance", "--model", model.toString(), "--reference",
                reference.toString(), "--current", withLabels.toString(), "--window", "500", "--json");
        JsonNode a = new ObjectMapper().readTree(joined.out()).get("windows");
        JsonNode b = new ObjectMapper().readTree(direct.out()).get("windows");
        assertThat(a.get(0).get("labelled").asInt()).isEqualTo(250);
        assertThat(a.get(1).get("labelled").asInt()).isEqualTo(500);
        assertThat(a.get(1).get("realised")).isEqualTo(b.get(1).get("realised"));
        assertThat(a.get(0).get("estimated")).isEqualTo(b.get(0).get("estimated"));
        CommandRun noId = CommandRun.of("monitor", "performance", "--model", model.toString(), "--reference",
                reference.toString(), "--current", scoredFile.toString(), "--labels", labelFile.toString());
        assertThat(noId.exitCode()).isEqualTo(2);
        assertThat(noId.err()).contains("--labels needs --id COLUMN");
        Path twice = Files.writeString(dir.resolve("twice.csv"), "rid,y\nr1,churn\nr1,stay\n");
        CommandRun repeated = CommandRun.of("monitor", "performance", "--model", model.toString(), "--reference",
                reference.toString(), "--current", scoredFile.toString(), "--labels", twice.toString(), "--id", "rid");
        assertThat(repeated.exitCode()).isEqualTo(2);
        assertThat(repeated.err()).contains("row 2: id 'r1' has a label already");
    }

    @Test
    void badInputIsAOneLineError() throws IOException {
        CommandRun unlabelled = CommandRun.of("monitor", "performance", "--model", model.toString(), "--reference",
                rows("nolabels.csv", 1000, 1, 1, 5, false).toString(), "--current", reference.toString());
        assertThat(unlabelled.exitCode()).isEqualTo(2);
        assertThat(unlabelled.err()).contains("has no label column 'y'");
        Path regressor = dir.resolve("r.lathe");
        assertThat(CommandRun.of("train", reference.toString(), "--target", "x", "--model", "baseline", "-o",
                regressor.toString()).exitCode()).isZero();
        CommandRun notBinary = CommandRun.of("monitor", "performance", "--model", regressor.toString(), "--reference",
                reference.toString(), "--current", reference.toString());
        assertThat(notBinary.exitCode()).isEqualTo(2);
        assertThat(notBinary.err()).contains("needs a binary classifier", "a regressor");
        CommandRun tiny = CommandRun.of("monitor", "performance", "--model", model.toString(), "--reference",
                reference.toString(), "--current", rows("tiny.csv", 10, 1, 1, 6, false).toString());
        assertThat(tiny.exitCode()).isEqualTo(2);
        assertThat(tiny.err()).contains("fewer than one window of 500");
    }
}
