package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.data.Datasets;
import dev.lathe.frame.csv.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lathe gate} end to end: a file candidate, a registry baseline, pass and fail exit codes. */
class GateCommandTest {

    @TempDir
    static Path dir;
    static Path data;
    static Path logistic;
    static Path prior;
    static String store;

    @BeforeAll
    static void models() throws IOException {
        data = dir.resolve("cancer.csv");
        CsvWriter.write(Datasets.breastCancer(), data);
        logistic = dir.resolve("logistic.lathe");
        prior = dir.resolve("prior.lathe");
        store = dir.resolve("store").toString();
        assertThat(CommandRun.of("train", data.toString(), "--target", "diagnosis", "--model", "logistic_regression",
                "-o", logistic.toString()).exitCode()).isZero();
        assertThat(CommandRun.of("train", data.toString(), "--target", "diagnosis", "--model", "baseline",
                "-o", prior.toString()).exitCode()).isZero();
        assertThat(CommandRun.of("registry", "register", prior.toString(), "--name", "cancer", "--store", store)
                .exitCode()).isZero();
        assertThat(CommandRun.of("registry", "alias", "set", "cancer", "champion", "1", "--store", store).exitCode())
                .isZero();
    }

    @Test
    void aBetterCandidatePassesAgainstTheChampion() throws IOException {
        CommandRun run = CommandRun.of("gate", "--candidate", logistic.toString(), "--data", data.toString(),
                "--metric", "roc_auc", "--min", "0.85", "--baseline", "models:/cancer@champion", "--min-improvement",
                "0.005", "--max-size-mb", "50", "--store", store, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("passed").asBoolean()).isTrue();
        assertThat(doc.get("baseline_score").asDouble()).isEqualTo(0.5);
        assertThat(doc.get("checks")).hasSize(3);
    }

    @Test
    void aFailedGateExitsOneAndSaysWhichCheckByHowMuch() {
        CommandRun run = CommandRun.of("gate", "--candidate", "models:/cancer/1", "--data", data.toString(),
                "--metric", "roc_auc", "--min", "0.85", "--store", store);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("gate FAILED").contains("FAIL min").contains("short by 0.35");
    }

    @Test
    void badUsageExitsTwo() {
        CommandRun run = CommandRun.of("gate", "--candidate", logistic.toString(), "--data", data.toString(),
                "--metric", "roc_auc", "--min-improvement", "0.01");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --min-improvement needs --baseline");
    }
}
