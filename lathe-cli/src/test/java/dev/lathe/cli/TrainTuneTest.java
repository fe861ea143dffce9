package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.data.Datasets;
import dev.lathe.frame.csv.CsvWriter;
import dev.lathe.pipeline.FittedPipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainTuneTest {

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
    void randomSearchPrintsTheLeaderboardAndSavesTheRefittedBest() throws IOException {
        Path model = dir.resolve("tuned.lathe");
        CommandRun run = CommandRun.of("train", diabetes.toString(), "--target", "progression", "--model", "ridge",
                "--tune", "random", "--trials", "6", "--cv", "3", "--top", "4", "-o", model.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("tuning").get("trials").asInt()).isEqualTo(6);
        assertThat(doc.get("tuning").get("ranked_by").asText()).isEqualTo("r2");
        JsonNode board = doc.get("leaderboard");
        assertThat(board).hasSize(4);
        assertThat(board.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(board.get(0).get("mean_r2").asDouble()).isGreaterThanOrEqualTo(board.get(1).get("mean_r2").asDouble());
        assertThat(board.get(0).has("std_rmse")).isTrue();
        double bestAlpha = board.get(0).get("params").get("alpha").asDouble();
        assertThat(doc.get("params").get("alpha").asDouble()).isEqualTo(bestAlpha);
        FittedPipeline saved = FittedPipeline.load(model);
        Map<?, ?> estimator = (Map<?, ?>) saved.provenance().spec().get("estimator");
        assertThat(((Map<?, ?>) estimator.get("params")).get("alpha")).isEqualTo(bestAlpha);
        CommandRun again = CommandRun.of("train", diabetes.toString(), "--target", "progression", "--model", "ridge",
                "--tune", "random", "--trials", "6", "--cv", "3", "--top", "4", "--json");
        assertThat(new ObjectMapper().readTree(again.out()).get("leaderboard").toString()
                .replaceAll("\"mean_fit_seconds\":[0-9.eE-]+", ""))
                .isEqualTo(board.toString().replaceAll("\"mean_fit_seconds\":[0-9.eE-]+", ""));
    }

    @Test
    void bayesianSearchTriesTheAskedTrialsAndIsRepeatable() throws IOException {
        String[] args = {"train", diabetes.toString(), "--target", "progression", "--model", "ridge", "--tune", "bayes",
                "--trials", "8", "--cv", "3", "--json"};
        CommandRun run = CommandRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("tuning").get("method").asText()).isEqualTo("bayes");
        assertThat(doc.get("tuning").get("trials").asInt()).isEqualTo(8);
        assertThat(doc.get("params").get("alpha").asDouble())
                .isEqualTo(doc.get("leaderboard").get(0).get("params").get("alpha").asDouble());
        assertThat(new ObjectMapper().readTree(CommandRun.of(args).out()).get("leaderboard").toString()
                .replaceAll("\"mean_fit_seconds\":[0-9.eE-]+", ""))
                .isEqualTo(doc.get("leaderboard").toString().replaceAll("\"mean_fit_seconds\":[0-9.eE-]+", ""));
        CommandRun classifier = CommandRun.of("train", iris.toString(), "--target", "species", "--model",
                "random_forest", "--tune", "bayes", "--trials", "6", "--cv", "2");
        assertThat(classifier.exitCode()).as(classifier.err()).isZero();
        assertThat(classifier.out()).contains("bayes search: 6 trials, 2-fold cross-validation");
    }

    @Test
    void gridSearchOfAClassifierPrintsARankedTable() {
        CommandRun run = CommandRun.of("train", iris.toString(), "--target", "species", "--model", "logistic_regression",
                "--tune", "grid", "--cv", "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("grid search: 5 trials, 3-fold cross-validation on the training rows; best "
                + "refitted");
        assertThat(run.out()).contains("rank  trial  accuracy mean ± sd");
        assertThat(run.out()).containsPattern("\\n\\s+1\\s+\\d+\\s+0\\.9\\d+ ± [0-9.e-]+\\s+C=");
    }

    @Test
    void modelsWithoutHyperparametersToSearchCrossValidateTheirDefaults() {
        CommandRun run = CommandRun.of("train", diabetes.toString(), "--target", "progression", "--model", "quantile",
                "--tune", "grid", "--cv", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("(defaults)");
    }

    @Test
    void badTuningOptionsAreOneLineErrors() {
        CommandRun method = CommandRun.of("train", diabetes.toString(), "--target", "progression", "--model", "ridge",
                "--tune", "tpe");
        assertThat(method.exitCode()).isEqualTo(2);
        assertThat(method.err().trim()).isEqualTo("error: unknown tuning method 'tpe'; known: grid, random, bayes");
        CommandRun folds = CommandRun.of("train", diabetes.toString(), "--target", "progression", "--model", "ridge",
                "--tune", "grid", "--cv", "1");
        assertThat(folds.err().trim()).isEqualTo("error: cv folds must be at least 2, got 1");
        CommandRun alone = CommandRun.of("train", diabetes.toString(), "--target", "progression", "--model", "ridge",
                "--trials", "5");
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err().trim()).isEqualTo("error: --trials, --cv, --top, --space and --trial-log apply only with "
                + "--tune grid|random|bayes");
        CommandRun top = CommandRun.of("train", diabetes.toString(), "--target", "progression", "--model", "ridge",
                "--tune", "grid", "--top", "0");
        assertThat(top.err().trim()).isEqualTo("error: --top must be at least 1, got 0");
    }

    @Test
    void aYamlSpaceReplacesTheDefaultOneAndItsErrorsNameTheLine() throws IOException {
        Path space = dir.resolve("space.yaml");
        java.nio.file.Files.writeString(space, "# ridge\nalpha: {log_uniform: [0.01, 10]}\nfit_intercept: [true]\n");
        CommandRun run = CommandRun.of("train", diabetes.toString(), "--target", "progression", "--model", "ridge",
                "--tune", "bayes", "--trials", "6", "--cv", "3", "--space", space.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("tuning").get("trials").asInt()).isEqualTo(6);
        for (JsonNode row : doc.get("leaderboard")) {
            assertThat(row.get("params").get("alpha").asDouble()).isBetween(0.01, 10.0);
            assertThat(row.get("params").get("fit_intercept").asBoolean()).isTrue();
        }
        java.nio.file.Files.writeString(space, "alpha: {log_uniform: [0.01, 10]}\nfit_intercep: [true]\n");
        CommandRun typo = CommandRun.of("train", diabetes.toString(), "--target", "progression", "--model", "ridge",
                "--tune", "random", "--space", space.toString());
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err().trim()).isEqualTo("error: " + space + " line 2: search space parameter 'fit_intercep' is "
                + "not a hyperparameter of Ridge; did you mean 'fit_intercept'? known: alpha, fit_intercept");
    }

    @Test
    void gridSearchWithTrialsTakesASeededSubsetAndSaysSo() throws IOException {
        CommandRun run = CommandRun.of("train", iris.toString(), "--target", "species", "--model", "decision_tree",
                "--tune", "grid", "--trials", "4", "--cv", "2", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().trim()).isEqualTo("note: the grid has 25 configurations, more than --trials 4; trying a "
                + "seeded random 4 of them (--seed 0)");
        assertThat(new ObjectMapper().readTree(run.out()).get("tuning").get("trials").asInt()).isEqualTo(4);
        CommandRun quiet = CommandRun.of("train", iris.toString(), "--target", "species", "--model", "decision_tree",
                "--tune", "grid", "--trials", "4", "--cv", "2", "--quiet");
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void aTrialLogIsResumedAndALogOfAnotherSearchRefused() throws IOException {
        Path log = dir.resolve("trials.jsonl");
        String[] args = {"train", diabetes.toString(), "--target", "progression", "--model", "ridge", "--tune", "random",
                "--trials", "5", "--cv", "3", "--trial-log", log.toString(), "--json"};
        CommandRun first = CommandRun.of(args);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(java.nio.file.Files.readAllLines(log)).hasSize(6);
        CommandRun again = CommandRun.of(args);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(java.nio.file.Files.readAllLines(log)).hasSize(6);
        assertThat(new ObjectMapper().readTree(again.out()).get("leaderboard"))
                .isEqualTo(new ObjectMapper().readTree(first.out()).get("leaderboard"));
        CommandRun other = CommandRun.of("train", diabetes.toString(), "--target", "progression", "--model", "ridge",
                "--tune", "random", "--trials", "5", "--cv", "3", "--seed", "1", "--trial-log", log.toString());
        assertThat(other.exitCode()).isEqualTo(2);
        assertThat(other.err().trim()).isEqualTo("error: trial log " + log + " was written by another search (a "
                + "different space, search method, seed, cross-validation, model or data); delete it to start afresh, "
                + "or give another --trial-log file");
    }

    @Test
    void theProgressLineShowsTrialsBestElapsedAndEta() {
        dev.lathe.tune.CvResult cv = new dev.lathe.tune.CvResult(java.util.List.of("r2"), java.util.List.of(
                new dev.lathe.tune.FoldScores(1, 8, 2, Map.of("r2", 0.5), Map.of(), 1, 0)), null);
        dev.lathe.tune.Trial t = new dev.lathe.tune.Trial(3, Map.of("alpha", 1.0), cv);
        assertThat(ProgressLine.format(new dev.lathe.tune.SearchProgress(t, 3, 20, 1, t, 70)))
                .isEqualTo("trial 3/20  best r2 0.500000  elapsed 1:10  ETA 9:55");
        assertThat(ProgressLine.format(new dev.lathe.tune.SearchProgress(t, 3, 0, 0, null, 4000)))
                .isEqualTo("trial 3  best r2 none yet  elapsed 1:06:40  ETA ?");
    }
}
