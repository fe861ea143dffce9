package dev.lathe.ops.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.data.Datasets;
import dev.lathe.frame.csv.CsvWriter;
import dev.lathe.ops.flow.spec.FlowSpec;
import dev.lathe.ops.flow.spec.FlowSpecException;
import dev.lathe.ops.flow.spec.FlowSpecReader;
import dev.lathe.pipeline.FittedPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowRunnerTest {

    @TempDir
    Path dir;

    static final String FLOW = """
            name: cancer
            seed: 3
            design:
              use_case: flag biopsies for a second read
              owner: screening
              success_metric: roc_auc >= 0.9
            data:
              train: cancer.csv
              target: diagnosis
            checks:
              min_rows: 300
              columns: {mean_radius: numeric}
              max_missing: 0.05
              min_rows_per_class: 50
              ranges:
                mean_radius: {min: 0, max: 50}
              categories:
                diagnosis: [benign, malignant]
            prep:
              - numeric_imputer: {strategy: median}
              - standard_scaler
            models:
              - logistic_regression:
                  space:
                    C: {log_uniform: [0.01, 10]}
              - decision_tree: {params: {max_depth: 3}, space: {min_samples_leaf: {integers: [1, 20]}}}
            tune: {method: random, trials: 3, folds: 3}
            evaluate: {bootstrap: 100, curves: false}
            """;

    @BeforeEach
    void data() throws IOException {
        CsvWriter.write(Datasets.breastCancer(), dir.resolve("cancer.csv"));
    }

    private FlowResult run(String yaml) throws IOException {
        Path file = dir.resolve("flow.yaml");
        Files.writeString(file, yaml);
        FlowSpec spec = FlowSpecReader.read(file);
        return new FlowRunner().run(spec, new FlowListener() {
        });
    }

    @Test
    void runsEveryStageAndWritesTheRunFolder() throws IOException {
        FlowResult r = run(FLOW);
        assertThat(r.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(r.checks()).allMatch(c -> c.passed());
        assertThat(r.candidates()).hasSize(2);
        assertThat(r.split().test().rowCount()).isEqualTo(114);
        assertThat(r.acceptance().value()).isGreaterThan(0.9);
        assertThat(r.explanation().features()).hasSize(30);
        Path run = dir.resolve("run");
        try (Stream<Path> files = Files.list(run)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("flow.yaml",
                    "metrics.json", "leaderboard.csv", "report.html", "model-card.md", "model.lathe", "timings.json",
                    "run.log");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("cancer.csv",
                    "flow.yaml", "run");
        }
        assertThat(FittedPipeline.load(run.resolve("model.lathe")).provenance().metrics()).containsKey("roc_auc");
        String html = Files.readString(run.resolve("report.html"));
        assertThat(html).containsSubsequence(">Design<", ">Data checks<", ">Exploration<", ">Overview<",
                ">Columns<", ">Correlations<", ">Missing values<", ">Preparation<",
                ">Leaderboard<", ">Evaluation on the test rows<", ">Explanations<", ">Verdict<");
        assertThat(Files.readString(run.resolve("model-card.md"))).contains("## Intended use", "## Data",
                "## Metrics on the held-out test rows", "| roc_auc |", "## Limitations");
        assertThat(Files.readAllLines(run.resolve("leaderboard.csv"))).hasSize(7)
                .first().asString().startsWith("rank,model,trial,params,mean_roc_auc,std_roc_auc,mean_accuracy");
    }

    @Test
    void theSameSpecAndSeedGiveTheSameModelBytesAndMetrics() throws IOException {
        run(FLOW);
        Path run = dir.resolve("run");
        String metrics = Files.readString(run.resolve("metrics.json"));
        Map<String, byte[]> model = entries(run.resolve("model.lathe"));
        run(FLOW);
        assertThat(Files.readString(run.resolve("metrics.json"))).isEqualTo(metrics);
        Map<String, byte[]> again = entries(run.resolve("model.lathe"));
        assertThat(again.keySet()).isEqualTo(model.keySet());
        model.forEach((name, bytes) -> assertThat(again.get(name)).as(name).isEqualTo(bytes));
    }

    /** The model file's entries, the manifest's creation time blanked (the one field that is a timestamp). */
    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                if (e.getName().equals("manifest.json")) {
                    bytes = new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                            .replaceAll("\"created\"\\s*:\\s*\"[^\"]*\"", "\"created\":\"\"")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.put(e.getName(), bytes);
            }
        }
        return out;
    }

    @Test
    void aFailedCheckStopsBeforeModellingAndSavesNoModel() throws IOException {
        FlowResult r = run(FLOW.replace("min_rows: 300", "min_rows: 1000"));
        assertThat(r.verdict()).isEqualTo(Verdict.CHECKS_FAILED);
        assertThat(r.verdict().exitCode()).isEqualTo(1);
        assertThat(r.checks()).filteredOn(c -> !c.passed()).singleElement()
                .satisfies(c -> assertThat(c.line()).isEqualTo("FAIL min_rows data: 569 rows (expected at least 1000 rows)"));
        Path run = dir.resolve("run");
        assertThat(run.resolve("model.lathe")).doesNotExist();
        assertThat(Files.readString(run.resolve("report.html"))).contains("stopped by the data checks",
                "FAIL min_rows data: 569 rows");
        assertThat(Files.readString(run.resolve("metrics.json"))).contains("\"verdict\" : \"checks_failed\"");
    }

    @Test
    void aSingleClassTargetFailsTheTargetCheck() throws IOException {
        CsvWriter.write(Datasets.breastCancer().filter(i -> Datasets.breastCancer().column("diagnosis").format(i)
                .equals("benign")), dir.resolve("cancer.csv"));
        FlowResult r = run(FLOW.replace("min_rows: 300", "min_rows: 10"));
        assertThat(r.verdict()).isEqualTo(Verdict.CHECKS_FAILED);
        assertThat(r.checks().get(0).line()).isEqualTo("FAIL target diagnosis: present share 1.0000 (357 of 357), "
                + "one distinct value 'benign' (expected present in share at least 1 of rows, at least 2 distinct values)");
    }

    @Test
    void aMissedThresholdRejectsTheModelWithItsShortfall() throws IOException {
        FlowResult r = run(FLOW.replace("roc_auc >= 0.9", "roc_auc >= 0.9999"));
        assertThat(r.verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(r.acceptance().failures()).singleElement().asString()
                .startsWith("roc_auc is 0.99").contains("short of the threshold roc_auc >= 0.9999 by 0.00");
        assertThat(dir.resolve("run/model.lathe")).doesNotExist();
        assertThat(Files.readString(dir.resolve("run/report.html"))).contains("Rejected: roc_auc is");
    }

    @Test
    void aMetricThatDoesNotFitTheTaskIsABadSpecAndWritesNothing() throws IOException {
        String yaml = FLOW.replace("roc_auc >= 0.9", "rmse <= 3").replace("decision_tree", "ridge");
        assertThatThrownBy(() -> run(yaml)).isInstanceOfSatisfying(FlowSpecException.class, e ->
                assertThat(e.problems()).containsExactly(
                        dir.resolve("flow.yaml") + " line 26: model 'ridge' does no classification; choose another "
                                + "model or target",
                        dir.resolve("flow.yaml") + ": metric 'rmse' scores regression, but target 'diagnosis' makes this "
                                + "classification (e.g. roc_auc, accuracy, f1_macro)"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("cancer.csv", "flow.yaml");
        }
    }
}
