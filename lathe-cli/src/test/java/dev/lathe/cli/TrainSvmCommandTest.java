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

/** {@code lathe train --model svc|svr|linear_svc}, end to end, and a tuned svc. */
class TrainSvmCommandTest {

    @TempDir
    static Path dir;
    static Path diabetes;
    static Path cancer;

    @BeforeAll
    static void data() throws IOException {
        diabetes = dir.resolve("diabetes.csv");
        cancer = dir.resolve("breast_cancer.csv");
        CsvWriter.write(Datasets.diabetes(), diabetes);
        CsvWriter.write(Datasets.breastCancer(), cancer);
    }

    @Test
    void svcAndLinearSvcClassifyAndSave() throws IOException {
        for (String name : new String[] {"svc", "linear_svc"}) {
            Path model = dir.resolve(name + ".lathe");
            CommandRun run = CommandRun.of("train", cancer.toString(), "--target", "diagnosis", "--model", name,
                    "--set", "C=0.5", "-o", model.toString(), "--json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode out = new ObjectMapper().readTree(run.out());
            assertThat(out.get("task").asText()).isEqualTo("classification");
            assertThat(out.get("params").get("C").asDouble()).isEqualTo(0.5);
            assertThat(out.get("metrics").get("accuracy").asDouble()).as(name).isGreaterThan(0.9);
            assertThat(FittedPipeline.load(model).predict(Datasets.breastCancer()).rowCount()).isEqualTo(569);
        }
    }

    @Test
    void svrRegressesAndSaves() throws IOException {
        Path model = dir.resolve("svr.lathe");
        CommandRun run = CommandRun.of("train", diabetes.toString(), "--target", "progression", "--model", "svr",
                "--set", "C=100", "--set", "epsilon=5", "-o", model.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode out = new ObjectMapper().readTree(run.out());
        assertThat(out.get("metrics").get("r2").asDouble()).isGreaterThan(0.2);
        assertThat(FittedPipeline.load(model).predict(Datasets.diabetes()).rowCount()).isEqualTo(442);
    }

    @Test
    void aBadGammaIsAUsageError() {
        CommandRun run = CommandRun.of("train", cancer.toString(), "--target", "diagnosis", "--model", "svc",
                "--set", "gamma=-1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("gamma must be scale, auto or a finite number greater than 0, got -1");
    }

    @Test
    void tunesSvcOverItsDefaultSpace() throws IOException {
        CommandRun run = CommandRun.of("train", cancer.toString(), "--target", "diagnosis", "--model", "svc",
                "--set", "probability=false", "--tune", "random", "--trials", "3", "--cv", "3", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode params = new ObjectMapper().readTree(run.out()).get("params");
        assertThat(params.get("C").asDouble()).isBetween(1e-2, 1e3);
    }
}
