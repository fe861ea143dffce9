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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code lathe train --model decision_tree|random_forest|extra_trees} for both tasks, end to end. */
class TrainTreesCommandTest {

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

    @ParameterizedTest
    @ValueSource(strings = {"decision_tree", "random_forest", "extra_trees"})
    void trainsClassifiersAndRegressorsAndSavesThem(String name) throws IOException {
        String depth = name.equals("decision_tree") ? "max_depth=4" : "n_estimators=20";
        CommandRun classify = CommandRun.of("train", cancer.toString(), "--target", "diagnosis", "--model", name,
                "--set", depth, "--json");
        assertThat(classify.exitCode()).as(classify.err()).isZero();
        JsonNode c = new ObjectMapper().readTree(classify.out());
        assertThat(c.get("task").asText()).isEqualTo("classification");
        assertThat(c.get("metrics").get("roc_auc").asDouble()).isGreaterThan(0.9);

        Path model = dir.resolve(name + ".lathe");
        CommandRun regress = CommandRun.of("train", diabetes.toString(), "--target", "progression", "--model", name,
                "--set", depth, "--set", "min_samples_leaf=5", "-o", model.toString(), "--json");
        assertThat(regress.exitCode()).as(regress.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(regress.out());
        assertThat(r.get("params").get("min_samples_leaf").asInt()).isEqualTo(5);
        assertThat(r.get("metrics").get("r2").asDouble()).isGreaterThan(0.2);
        assertThat(FittedPipeline.load(model).predict(Datasets.diabetes()).rowCount()).isEqualTo(442);
    }
}
