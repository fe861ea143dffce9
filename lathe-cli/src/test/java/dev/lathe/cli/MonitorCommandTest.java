package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitorCommandTest {

    @TempDir
    Path dir;

    /** 300 rows of a normal column x (mean {@code shift}) and a category c of a, b, c. */
    private Path data(String name, long seed, double shift) throws IOException {
        Random rng = new Random(seed);
        StringBuilder b = new StringBuilder("x,c\n");
        for (int i = 0; i < 300; i++) {
            b.append(String.format(Locale.ROOT, "%.6f,%s%n", shift + rng.nextGaussian(), "abc".charAt(rng.nextInt(3))));
        }
        return Files.writeString(dir.resolve(name), b.toString());
    }

    @Test
    void jsonGivesTheVerdictsAndFailOnDriftExitsWithOne() throws IOException {
        Path ref = data("ref.csv", 1, 0);
        Path cur = data("cur.csv", 2, 1.0);
        Path html = dir.resolve("drift.html");
        CommandRun run = CommandRun.of("monitor", "--reference", ref.toString(), "--current", cur.toString(), "--json",
                "-o", html.toString(), "--fail-on-drift");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("dataset_drift").asBoolean()).isTrue();
        assertThat(json.get("drift_share").asDouble()).isEqualTo(0.5);
        JsonNode x = json.get("columns").get(0);
        assertThat(x.get("name").asText()).isEqualTo("x");
        assertThat(x.get("method").asText()).isEqualTo("ks");
        assertThat(x.get("p_value").asDouble()).isLessThan(1e-6);
        assertThat(x.get("threshold").asDouble()).isEqualTo(0.05);
        assertThat(x.get("drift").asBoolean()).isTrue();
        assertThat(json.get("columns").get(1).get("method").asText()).isEqualTo("chisquare");
        assertThat(Files.readString(html)).contains("Data set drift", "Drifted columns", "<svg");
    }

    @Test
    void noDriftExitsWithZeroAndPrintsATable() throws IOException {
        Path ref = data("ref.csv", 1, 0);
        CommandRun run = CommandRun.of("monitor", "--reference", ref.toString(), "--current", ref.toString(),
                "--fail-on-drift");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("column", "ks", "chisquare", "data set: no drift");
    }

    @Test
    void aMissingColumnIsAClearError() throws IOException {
        Path ref = data("ref.csv", 1, 0);
        Path cur = Files.writeString(dir.resolve("cur.csv"), "x\n1\n2\n");
        CommandRun run = CommandRun.of("monitor", "--reference", ref.toString(), "--current", cur.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + cur + " lacks column 'c' of the reference " + ref);
    }

    @Test
    void emptyDataIsAClearError() throws IOException {
        Path ref = data("ref.csv", 1, 0);
        Path cur = Files.writeString(dir.resolve("cur.csv"), "x,c\n");
        CommandRun run = CommandRun.of("monitor", "--reference", ref.toString(), "--current", cur.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + cur + ": no data rows after the header" + System.lineSeparator());
    }

    @Test
    void aValueOfAnotherTypeIsAClearError() throws IOException {
        Path ref = data("ref.csv", 1, 0);
        Path cur = Files.writeString(dir.resolve("cur.csv"), "x,c\n1.5,a\nlots,b\n");
        CommandRun run = CommandRun.of("monitor", "--reference", ref.toString(), "--current", cur.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ").contains("lots", "x");
    }

    /** {@code data} with a target y = 2x + noise, saved as a model by {@code lathe train}. */
    private Path model(Path train) throws IOException {
        Path model = dir.resolve("model.lathe");
        CommandRun run = CommandRun.of("train", train.toString(), "--target", "y", "--model", "ridge",
                "-o", model.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return model;
    }

    private Path withTarget(String name, long seed, double shift, int rows) throws IOException {
        Random rng = new Random(seed);
        StringBuilder b = new StringBuilder("x,c,y\n");
        for (int i = 0; i < rows; i++) {
            double x = shift + rng.nextGaussian();
            b.append(String.format(Locale.ROOT, "%.6f,%s,%.6f%n", x, "abc".charAt(rng.nextInt(3)),
                    2 * x + 0.3 * rng.nextGaussian()));
        }
        return Files.writeString(dir.resolve(name), b.toString());
    }

    @Test
    void aModelFileIsAReferenceWithPredictionDrift() throws IOException {
        Path model = model(withTarget("train.csv", 1, 0, 2000));
        Path moved = withTarget("moved.csv", 2, 0.6, 500);
        CommandRun run = CommandRun.of("monitor", "--reference", model.toString(), "--current", moved.toString(),
                "--json", "--fail-on-drift");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode x = json.get("columns").get(0);
        assertThat(x.get("name").asText()).isEqualTo("x");
        assertThat(x.get("method").asText()).isEqualTo("wasserstein");
        assertThat(x.get("drift").asBoolean()).isTrue();
        JsonNode prediction = json.get("prediction_drift").get("columns").get(0);
        assertThat(prediction.get("name").asText()).isEqualTo("prediction");
        assertThat(prediction.get("statistic").asDouble()).isGreaterThan(0.3);
        assertThat(json.get("prediction_drift").get("dataset_drift").asBoolean()).isTrue();

        Path same = withTarget("same.csv", 3, 0, 3000);
        CommandRun calm = CommandRun.of("monitor", "--reference", model.toString(), "--current", same.toString(),
                "--fail-on-drift");
        assertThat(calm.exitCode()).as(calm.out() + calm.err()).isZero();
        assertThat(calm.out()).contains("wasserstein", "jensenshannon", "predictions of model.lathe on same.csv",
                "data set: no drift");
    }

    @Test
    void aModelReferenceRefusesTheHtmlReportAndModelsWithoutProfiles() throws IOException {
        Path model = model(withTarget("train.csv", 1, 0, 300));
        Path cur = withTarget("cur.csv", 2, 0, 100);
        CommandRun html = CommandRun.of("monitor", "--reference", model.toString(), "--current", cur.toString(),
                "-o", dir.resolve("d.html").toString());
        assertThat(html.exitCode()).isEqualTo(2);
        assertThat(html.err()).startsWith("error: -o/--output needs reference rows to draw");
        Path old = Path.of("../lathe-core/src/test/resources/compat/v0.1.0_diabetes_prep_ridge.lathe");
        CommandRun legacy = CommandRun.of("monitor", "--reference", old.toString(), "--current", cur.toString());
        assertThat(legacy.exitCode()).isEqualTo(2);
        assertThat(legacy.err()).startsWith("error: " + old + " was written by Lathe").contains("without a reference "
                + "profile");
    }
}
