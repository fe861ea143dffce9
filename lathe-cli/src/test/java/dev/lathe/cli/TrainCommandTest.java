package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.data.Datasets;
import dev.lathe.frame.csv.CsvWriter;
import dev.lathe.pipeline.FittedPipeline;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    @TempDir
    static Path dir;
    static Path diabetes;
    static Path iris;

    @BeforeAll
    static void data() throws IOException {
        diabetes = dir.resolve("diabetes.csv");
        iris = dir.resolve("iris.csv");
        CsvWriter.write(Datasets.diabetes(), diabetes);
        CsvWriter.write(Datasets.iris(), iris);
    }

    @Test
    void regressionJsonReportsParamsTimeAndMetricsAndSavesTheModel() throws IOException {
        Path model = dir.resolve("ridge.lathe");
        CommandRun run = CommandRun.of("train", diabetes.toString(), "--target", "progression", "--model", "ridge",
                "--set", "alpha=0.5", "-o", model.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("model").asText()).isEqualTo("ridge");
        assertThat(doc.get("task").asText()).isEqualTo("regression");
        assertThat(doc.get("params").get("alpha").asDouble()).isEqualTo(0.5);
        assertThat(doc.get("fit_seconds").asDouble()).isPositive();
        assertThat(doc.get("metrics").get("r2").asDouble()).isBetween(0.3, 0.8);
        assertThat(doc.get("metrics").has("rmse")).isTrue();
        assertThat(doc.get("test_rows").asInt()).isEqualTo(89);
        FittedPipeline saved = FittedPipeline.load(model);
        assertThat(saved.provenance().metrics()).containsKey("rmse");
        assertThat(saved.predict(Datasets.diabetes()).rowCount()).isEqualTo(442);
    }

    @Test
    void classificationScoresOnAGivenTestFile() throws IOException {
        CommandRun run = CommandRun.of("train", iris.toString(), "--target", "species", "--model", "baseline",
                "--test", iris.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode m = new ObjectMapper().readTree(run.out()).get("metrics");
        assertThat(m.get("accuracy").asDouble()).isEqualTo(1.0 / 3);
        assertThat(m.get("roc_auc").asDouble()).isEqualTo(0.5);
        assertThat(m.get("log_loss").asDouble()).isEqualTo(Math.log(3), org.assertj.core.api.Assertions.within(1e-12));
    }

    /** Models that cannot take diabetes or iris as they come; each has its own command test. */
    private static final java.util.Set<String> NEEDS_OWN_DATA = java.util.Set.of(
            "categorical_nb", // category codes, not measurements: ClassicalLearnersTrainTest
            "loess"); // one feature: ClassicalLearnersTrainTest

    /** Every model the catalog names trains end to end on every task it supports and saves a loadable file. */
    @Test
    void everyCatalogModelTrainsOnEachTaskItSupports() throws IOException {
        for (String name : dev.lathe.pipeline.ModelCatalog.names()) {
            var entry = dev.lathe.pipeline.ModelCatalog.entry(name);
            if (NEEDS_OWN_DATA.contains(name)) {
                continue;
            }
            if (entry.regression() != null) {
                trainsAndLoads(name, diabetes, "progression", "r2");
            }
            if (entry.classification() != null) {
                trainsAndLoads(name, iris, "species", "accuracy");
            }
        }
    }

    private static void trainsAndLoads(String model, Path data, String target, String metric) throws IOException {
        Path out = dir.resolve(model + "-" + target + ".lathe");
        CommandRun run = CommandRun.of("train", data.toString(), "--target", target, "--model", model, "-o",
                out.toString(), "--json");
        assertThat(run.exitCode()).as("%s on %s: %s", model, target, run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("metrics").get(metric).asDouble()).as("%s %s", model, metric).isFinite();
        assertThat(FittedPipeline.load(out).target()).isEqualTo(target);
    }

    @Test
    void badModelsSettingsAndTargetsAreOneLineErrors() {
        CommandRun unknown = CommandRun.of("train", iris.toString(), "--target", "species", "--model", "forest");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: unknown model 'forest'; known: baseline");
        CommandRun task = CommandRun.of("train", iris.toString(), "--target", "species", "--model", "ridge");
        assertThat(task.err().trim()).isEqualTo("error: model 'ridge' does no classification; choose another model "
                + "or target");
        CommandRun numericLabels = CommandRun.of("train", diabetes.toString(), "--target", "progression", "--model",
                "svc");
        assertThat(numericLabels.exitCode()).isEqualTo(2);
        assertThat(numericLabels.err().trim()).isEqualTo("error: model 'svc' does no regression, which a numeric"
                + " target asks for; to classify numeric labels, read the target as categorical (lathe train --type"
                + " COLUMN=categorical, or the flow spec's types), or choose another model");
        CommandRun setting = CommandRun.of("train", diabetes.toString(), "--target", "progression", "--model", "ridge",
                "--set", "alpah=1");
        assertThat(setting.err()).startsWith("error: unknown hyperparameter 'alpah' for Ridge; known: alpha");
        CommandRun target = CommandRun.of("train", diabetes.toString(), "--target", "progresion", "--model", "ols");
        assertThat(target.err()).contains("no column 'progresion'; closest: 'progression'");
    }
}
