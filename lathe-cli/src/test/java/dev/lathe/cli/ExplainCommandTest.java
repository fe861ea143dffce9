package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.data.Datasets;
import dev.lathe.frame.csv.CsvWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lathe explain} end to end: JSON shape and additivity, the report, and its errors. */
class ExplainCommandTest {

    @TempDir
    static Path dir;
    static Path iris;
    static Path cancer;
    static Path forest;
    static Path boosting;
    static Path logistic;

    private static Path train(Path data, String target, String model) {
        Path file = dir.resolve(model + ".lathe");
        CommandRun run = CommandRun.of("train", data.toString(), "--target", target, "--model", model, "-o",
                file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return file;
    }

    @BeforeAll
    static void trainModels() throws IOException {
        iris = dir.resolve("iris.csv");
        CsvWriter.write(Datasets.iris(), iris);
        cancer = dir.resolve("cancer.csv");
        CsvWriter.write(Datasets.breastCancer(), cancer);
        forest = train(iris, "species", "random_forest");
        boosting = train(cancer, "diagnosis", "gradient_boosting");
        logistic = train(iris, "species", "logistic_regression");
    }

    private static JsonNode json(CommandRun run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private static void assertAdditive(JsonNode block) {
        double expected = block.get("expected_value").asDouble();
        for (JsonNode row : block.get("rows")) {
            double sum = expected;
            for (Iterator<JsonNode> it = row.get("shap").elements(); it.hasNext(); ) {
                sum += it.next().asDouble();
            }
            assertThat(sum).isCloseTo(row.get("prediction").asDouble(), within(1e-9));
        }
    }

    @Test
    void binaryBoostingGivesOneBlockOnTheLogOdds() throws IOException {
        JsonNode j = json(CommandRun.of("explain", boosting.toString(), cancer.toString(), "--rows", "1-5,9", "--json"));
        assertThat(j.get("method").asText()).isEqualTo("tree_path_dependent");
        assertThat(j.get("scale").asText()).isEqualTo("log-odds");
        assertThat(j.get("rows")).hasSize(6);
        assertThat(j.get("rows").get(5).get("row").asInt()).isEqualTo(9);
        assertThat(j.get("importance").size()).isEqualTo(30);
        assertAdditive(j);
    }

    @Test
    void multiClassGivesOneBlockPerClass() throws IOException {
        JsonNode j = json(CommandRun.of("explain", forest.toString(), iris.toString(), "--json"));
        assertThat(j.get("classes")).hasSize(3);
        assertThat(j.get("classes").get(0).get("class").asText()).isEqualTo("setosa");
        assertThat(j.get("classes").get(0).get("rows")).hasSize(150);
        for (JsonNode block : j.get("classes")) {
            assertAdditive(block);
        }
        JsonNode k = json(CommandRun.of("explain", logistic.toString(), iris.toString(), "--method", "kernel",
                "--rows", "1-3", "--background-size", "20", "--kmeans", "--json"));
        assertThat(k.get("method").asText()).isEqualTo("kernel_exact");
        for (JsonNode block : k.get("classes")) {
            assertAdditive(block);
        }
    }

    @Test
    void textAndReport() throws IOException {
        Path html = dir.resolve("explain.html");
        CommandRun run = CommandRun.of("explain", forest.toString(), iris.toString(), "--rows", "1-20", "--importance",
                "-o", html.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("random_forest.lathe: tree_path_dependent SHAP values (probability) of 20 rows "
                + "of iris.csv").contains("expected value of class setosa:", "row 1: ", "permutation importance (accuracy",
                "wrote " + html);
        assertThat(Files.readString(html)).contains("SHAP summary", "SHAP dependence", "Permutation importance");
    }

    @Test
    void badInputFailsWithOneLine() {
        CommandRun rows = CommandRun.of("explain", forest.toString(), iris.toString(), "--rows", "1-500");
        assertThat(rows.exitCode()).isEqualTo(2);
        assertThat(rows.err()).contains("error: row 500 is out of range: the data has 150 rows");
        CommandRun tree = CommandRun.of("explain", logistic.toString(), iris.toString(), "--method", "tree");
        assertThat(tree.exitCode()).isEqualTo(2);
        assertThat(tree.err()).contains("error: TreeSHAP needs a tree model");
        CommandRun method = CommandRun.of("explain", forest.toString(), iris.toString(), "--method", "magic");
        assertThat(method.exitCode()).isEqualTo(2);
        assertThat(method.err()).contains("unknown explanation method 'magic'");
    }
}
