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
