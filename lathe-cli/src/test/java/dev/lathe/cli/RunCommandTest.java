package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.data.Datasets;
import dev.lathe.frame.csv.CsvWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lathe run} on good and bad specs: exit codes, messages, and nothing half-written. */
class RunCommandTest {

    @TempDir
    Path dir;

    static final String FLOW = """
            design:
              use_case: flag biopsies
              owner: screening
              success_metric: roc_auc >= 0.9
            data:
              train: cancer.csv
              target: diagnosis
            checks:
              min_rows: 300
            models:
              - logistic_regression: {space: {C: {log_uniform: [0.1, 10]}}}
            tune: {trials: 2, folds: 3}
            evaluate: {bootstrap: 50, explain: false, curves: false}
            """;

    @BeforeEach
    void data() throws IOException {
        CsvWriter.write(Datasets.breastCancer(), dir.resolve("cancer.csv"));
        CsvWriter.write(Datasets.diabetes(), dir.resolve("diabetes.csv"));
    }

    private CommandRun run(String yaml, String... extra) throws IOException {
        Path flow = dir.resolve("flow.yaml");
        Files.writeString(flow, yaml);
        String[] args = Stream.concat(Stream.of("run", flow.toString()), Stream.of(extra)).toArray(String[]::new);
        return CommandRun.of(args);
    }

    private void assertNothingWritten() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("cancer.csv", "diabetes.csv", "flow.yaml");
        }
    }

    @Test
    void anAcceptedRunShowsItsStagesAndWhereTheReportIs() throws IOException {
        CommandRun r = run(FLOW);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("[1/9] checks", "PASS min_rows data: 569 rows", "[4/9] search",
                "[9/9] write");
        assertThat(r.out()).contains("verdict: accepted", "report: " + dir.resolve("run/report.html"));
        assertThat(dir.resolve("run/model.lathe")).isRegularFile();
    }

    @Test
    void quietPrintsNothingOnStandardError() throws IOException {
        CommandRun r = run(FLOW, "--quiet");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aMissingDataFileIsABadSpec() throws IOException {
        CommandRun r = run(FLOW.replace("cancer.csv", "nowhere.csv"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + dir.resolve("flow.yaml") + " line 6: data file 'nowhere.csv' not "
                + "found (looked for " + dir.resolve("nowhere.csv") + ")\n");
        assertNothingWritten();
    }

    @Test
    void anUnknownModelAndAnEmptySpaceAreReportedTogether() throws IOException {
        CommandRun r = run(FLOW.replace("  - logistic_regression:", "  - logistic:\n  - logistic_regression:")
                .replace("{space: {C: {log_uniform: [0.1, 10]}}}", "{space: {}}"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).satisfiesExactly(
                l -> assertThat(l).startsWith("error: " + dir.resolve("flow.yaml") + " line 11: unknown model "
                        + "'logistic'; known: baseline, ols"),
                l -> assertThat(l).isEqualTo("error: " + dir.resolve("flow.yaml") + " line 12: model "
                        + "'logistic_regression' has an empty search space; give at least one hyperparameter, or "
                        + "leave 'space' out to search the model's default space"));
        assertNothingWritten();
    }

    @Test
    void aMetricThatDoesNotFitTheTaskIsABadSpec() throws IOException {
        CommandRun r = run(FLOW.replace("cancer.csv", "diabetes.csv").replace("diagnosis", "progression")
                .replace("logistic_regression", "ridge").replace("C:", "alpha:"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).endsWith("\nerror: " + dir.resolve("flow.yaml") + ": metric 'roc_auc' scores "
                + "classification, but target 'progression' makes this regression (e.g. r2, rmse, mae)\n");
        assertNothingWritten();
    }

    @Test
    void aFailedCheckExitsOneWithTheCheckAndAReport() throws IOException {
        CommandRun r = run(FLOW.replace("min_rows: 300", "min_rows: 1000"), "--quiet");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("verdict: checks failed",
                "FAIL min_rows data: 569 rows (expected at least 1000 rows)");
        assertThat(dir.resolve("run/report.html")).isRegularFile();
        assertThat(dir.resolve("run/model.lathe")).doesNotExist();
    }

    @Test
    void aMissedThresholdExitsOneWithTheShortfall() throws IOException {
        CommandRun r = run(FLOW.replace("roc_auc >= 0.9", "roc_auc >= 0.99999"), "--quiet", "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("\"verdict\" : \"rejected\"", "short of the threshold roc_auc >= 0.99999 by",
                "\"model\" : null");
        assertThat(dir.resolve("run/model.lathe")).doesNotExist();
    }
}
