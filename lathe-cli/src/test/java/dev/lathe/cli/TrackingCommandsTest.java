package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.data.Datasets;
import dev.lathe.frame.csv.CsvWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lathe train --store}, {@code lathe runs} and {@code lathe registry} end to end on an SQLite store. */
class TrackingCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void runsAreComparedSideBySideWithDifferencesMarked() throws IOException {
        Path data = dir.resolve("diabetes.csv");
        CsvWriter.write(Datasets.diabetes(), data);
        String store = dir.resolve("store").toString();
        List<String> ids = new java.util.ArrayList<>();
        for (String alpha : new String[] {"0.5", "5"}) {
            CommandRun train = CommandRun.of("train", data.toString(), "--target", "progression", "--model", "ridge",
                    "--set", "alpha=" + alpha, "--store", store, "--json");
            assertThat(train.exitCode()).as(train.err()).isZero();
            ids.add(JSON.readTree(train.out()).get("run_id").asText());
        }
        JsonNode doc = json("runs", "compare", ids.get(0), ids.get(1), "--store", store, "--json");
        assertThat(doc.get("rows").get("params.alpha").get(0).asText()).isEqualTo("0.5");
        assertThat(doc.get("rows").get("params.alpha").get(1).asText()).isEqualTo("5.0");
        assertThat(doc.get("rows").get("params.model").get(1).asText()).isEqualTo("ridge");
        assertThat(doc.get("rows").has("metrics.rmse")).isTrue();
        String text = CommandRun.of("runs", "compare", ids.get(0), ids.get(1), "--store", store).out();
        assertThat(text).containsPattern("\\* params\\.alpha +0\\.5 +5\\.0").containsPattern("  params\\.model +ridge +ridge");
        CommandRun one = CommandRun.of("runs", "compare", ids.get(0), "--store", store);
        assertThat(one.exitCode()).isEqualTo(2);
    }

    @Test
    void predictEvaluateAndExplainTakeARegistryUriAsTheModel() throws IOException {
        Path data = dir.resolve("iris.csv");
        CsvWriter.write(Datasets.iris(), data);
        String store = dir.resolve("store").toString();
        Path file = dir.resolve("iris.lathe");
        CommandRun train = CommandRun.of("train", data.toString(), "--target", "species", "--model",
                "logistic_regression", "-o", file.toString(), "--store", store, "--json");
        assertThat(train.exitCode()).as(train.err()).isZero();
        assertThat(CommandRun.of("registry", "register", file.toString(), "--name", "iris", "--store", store)
                .exitCode()).isZero();
        assertThat(CommandRun.of("registry", "alias", "set", "iris", "champion", "1", "--store", store).exitCode())
                .isZero();
        CommandRun byFile = CommandRun.of("predict", file.toString(), data.toString());
        CommandRun byAlias = CommandRun.of("predict", "models:/iris@champion", data.toString(), "--store", store);
        assertThat(byAlias.exitCode()).as(byAlias.err()).isZero();
        assertThat(byAlias.out()).isEqualTo(byFile.out());
        CommandRun evaluate = CommandRun.of("evaluate", "models:/iris/1", data.toString(), "--bootstrap", "20",
                "--store", store, "--json");
        assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
        CommandRun explain = CommandRun.of("explain", "models:/iris@champion", data.toString(), "--rows", "1-3",
                "--store", store, "--json");
        assertThat(explain.exitCode()).as(explain.err()).isZero();
        CommandRun unknown = CommandRun.of("predict", "models:/iris@nobody", data.toString(), "--store", store);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: ").contains("nobody");
    }

    @Test
    void aTrackedFlowRecordsItsVerdictMetricsTrialsAndRunFolder() throws IOException {
        String store = dir.resolve("store").toString();
        Path run = dir.resolve("flow-run");
        CommandRun r = CommandRun.of("run", Path.of("..", "examples", "cancer-screening", "flow.yaml").toString(),
                "--run-dir", run.toString(), "--quiet", "--json", "--store", store, "--experiment", "screening");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String runId = JSON.readTree(r.out()).get("run_id").asText();
        JsonNode show = json("runs", "show", runId, "--store", store, "--json");
        assertThat(show.get("status").asText()).isEqualTo("FINISHED");
        assertThat(show.get("tags").get("verdict").asText()).isEqualTo("accepted");
        assertThat(show.get("params").get("flow").asText()).isEqualTo("cancer-screening");
        assertThat(show.get("metrics").has("roc_auc")).isTrue();
        List<String> artifacts = new java.util.ArrayList<>();
        show.get("artifacts").forEach(a -> artifacts.add(a.get("name").asText()));
        assertThat(artifacts).contains("report.html", "model-card.md", "metrics.json", "leaderboard.csv",
                "model.lathe");
        JsonNode children = json("runs", "list", "--store", store, "--experiment", "screening", "--json");
        assertThat(children.get("runs").size()).isGreaterThan(1);
    }

    @Test
    void aTrackedTrainingIsListedShownRegisteredAliasedAndCollected() throws IOException {
        Path data = dir.resolve("diabetes.csv");
        CsvWriter.write(Datasets.diabetes(), data);
        String store = dir.resolve("store").toString();
        CommandRun train = CommandRun.of("train", data.toString(), "--target", "progression", "--model", "ridge",
                "--set", "alpha=0.5", "--store", store, "--experiment", "diabetes", "--run-name", "ridge-0.5", "--json");
        assertThat(train.exitCode()).as(train.err()).isZero();
        String runId = JSON.readTree(train.out()).get("run_id").asText();

        JsonNode list = json("runs", "list", "--store", store, "--filter", "metrics.rmse > 0 and params.alpha = '0.5'",
                "--json");
        assertThat(list.get("runs")).hasSize(1);
        assertThat(list.get("runs").get(0).get("run_name").asText()).isEqualTo("ridge-0.5");
        JsonNode show = json("runs", "show", runId, "--store", store, "--json");
        assertThat(show.get("status").asText()).isEqualTo("FINISHED");
        assertThat(show.get("params").get("model").asText()).isEqualTo("ridge");
        assertThat(show.get("metrics").has("rmse")).isTrue();
        assertThat(show.get("artifacts").get(0).get("name").asText()).isEqualTo("model.lathe");

        JsonNode v1 = json("registry", "register", "runs:/" + runId + "/model.lathe", "--name", "diabetes",
                "--store", store, "--json");
        assertThat(v1.get("version").asInt()).isEqualTo(1);
        assertThat(v1.get("run_id").asText()).isEqualTo(runId);
        assertThat(CommandRun.of("registry", "alias", "set", "diabetes", "champion", "1", "--store", store).out())
                .contains("diabetes@champion: - -> 1");
        JsonNode history = json("registry", "history", "diabetes", "--store", store, "--json");
        assertThat(history.get(0).get("to_version").asInt()).isEqualTo(1);
        assertThat(json("registry", "show", "diabetes", "--store", store, "--json").get("aliases").get("champion")
                .asInt()).isEqualTo(1);

        assertThat(CommandRun.of("runs", "delete", runId, "--store", store).exitCode()).isZero();
        assertThat(json("runs", "list", "--store", store, "--json").get("runs")).isEmpty();
        assertThat(CommandRun.of("runs", "gc", "--store", store).out()).contains("collected " + runId);
        assertThat(Files.exists(dir.resolve("store/artifacts/runs/" + runId))).isFalse();
    }

    @Test
    void aSearchRecordsItsTrialsAsChildRunsAndAFailedTrainingAFailedRun() throws IOException {
        Path data = dir.resolve("diabetes.csv");
        CsvWriter.write(Datasets.diabetes(), data);
        String store = dir.resolve("store").toString();
        CommandRun tuned = CommandRun.of("train", data.toString(), "--target", "progression", "--model", "ridge",
                "--tune", "random", "--trials", "3", "--cv", "3", "--quiet", "--store", store, "--json");
        assertThat(tuned.exitCode()).as(tuned.err()).isZero();
        String parent = JSON.readTree(tuned.out()).get("run_id").asText();
        JsonNode trials = json("runs", "list", "--store", store, "--filter", "parent_run_id = '" + parent + "'",
                "--order-by", "run_name", "--json").get("runs");
        assertThat(trials).hasSize(3);
        assertThat(trials.get(0).get("run_name").asText()).isEqualTo("trial-1");
        JsonNode trial = json("runs", "show", trials.get(0).get("run_id").asText(), "--store", store, "--json");
        assertThat(trial.get("params").has("alpha")).isTrue();
        assertThat(trial.get("metrics").has("r2")).isTrue();

        CommandRun failed = CommandRun.of("train", data.toString(), "--target", "nope", "--model", "ridge",
                "--store", store);
        assertThat(failed.exitCode()).isEqualTo(2);
        assertThat(json("runs", "list", "--store", store, "--filter", "status = 'FAILED'", "--json").get("runs"))
                .hasSize(1);
    }

    @Test
    void experimentsAreCreatedListedDeletedWithTheirRunsAndRestored() throws IOException {
        String store = dir.resolve("store").toString();
        assertThat(CommandRun.of("experiments", "create", "churn", "--store", store).out()).contains("experiment churn");
        assertThat(json("experiments", "list", "--store", store, "--json")).extracting(n -> n.get("name").asText())
                .containsExactly("Default", "churn");
        assertThat(CommandRun.of("experiments", "delete", "churn", "--store", store).exitCode()).isZero();
        assertThat(json("experiments", "list", "--deleted", "--store", store, "--json")).hasSize(1);
        assertThat(CommandRun.of("experiments", "restore", "churn", "--store", store).exitCode()).isZero();
        CommandRun refused = CommandRun.of("experiments", "delete", "Default", "--store", store);
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).startsWith("error: the Default experiment cannot be deleted");
    }

    @Test
    void withoutAStoreTrainingIsNotTracked() throws IOException {
        Path data = dir.resolve("iris.csv");
        CsvWriter.write(Datasets.iris(), data);
        CommandRun train = CommandRun.of("train", data.toString(), "--target", "species", "--model", "baseline",
                "--json");
        assertThat(train.exitCode()).as(train.err()).isZero();
        assertThat(JSON.readTree(train.out()).has("run_id")).isFalse();
    }

    @Test
    void badInputIsOneErrorLineWithExitCodeTwo() {
        String store = dir.resolve("store").toString();
        CommandRun bad = CommandRun.of("runs", "list", "--store", store, "--filter", "metrics.rmse < 'x'");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: search filter").contains("expected a number");
        CommandRun missing = CommandRun.of("registry", "show", "nope", "--store", store);
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: no registered model named 'nope'");
    }

    private static JsonNode json(String... args) throws IOException {
        CommandRun run = CommandRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }
}
