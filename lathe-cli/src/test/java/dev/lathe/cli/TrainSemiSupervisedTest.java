package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.data.Datasets;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lathe train} with semi-supervised models: an empty target cell marks an unlabelled row. */
class TrainSemiSupervisedTest {

    @TempDir
    Path dir;

    /** Iris with the label kept on every fifth row only. */
    private Path partiallyLabelled() throws IOException {
        Frame iris = Datasets.iris();
        Column species = iris.column("species");
        String[] labels = new String[iris.rowCount()];
        for (int i = 0; i < labels.length; i += 5) {
            labels[i] = species.format(i);
        }
        Path file = dir.resolve("iris-partial.csv");
        CsvWriter.write(iris.withColumn(CategoricalColumn.of("species", labels)), file);
        return file;
    }

    @Test
    void semiSupervisedModelsTrainOnUnlabelledRowsAndScoreOnLabelledOnes() throws IOException {
        Path data = partiallyLabelled();
        for (String model : new String[] {"self_training", "label_spreading", "label_propagation"}) {
            Path out = dir.resolve(model + ".lathe");
            CommandRun run = CommandRun.of("train", data.toString(), "--target", "species", "--model", model, "--json",
                    "-o", out.toString());
            assertThat(run.exitCode()).as(model + ": " + run.err()).isZero();
            JsonNode doc = new ObjectMapper().readTree(run.out());
            assertThat(doc.get("task").asText()).isEqualTo("classification");
            assertThat(doc.get("metrics").get("accuracy").asDouble()).as(model).isGreaterThan(0.8);
            assertThat(Files.size(out)).isPositive();
            CommandRun predict = CommandRun.of("predict", out.toString(), data.toString());
            assertThat(predict.exitCode()).as(predict.err()).isZero();
            assertThat(predict.out()).contains("p_setosa");
        }
    }

    @Test
    void tuningCrossValidatesOnLabelledRowsOnly() throws IOException {
        CommandRun run = CommandRun.of("train", partiallyLabelled().toString(), "--target", "species", "--model",
                "label_spreading", "--tune", "random", "--trials", "3", "--cv", "3", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("params").get("alpha").asDouble()).isBetween(0.05, 0.95);
        assertThat(doc.get("metrics").get("accuracy").asDouble()).isGreaterThan(0.8);
    }

    @Test
    void aSupervisedModelStillRefusesUnlabelledRows() throws IOException {
        CommandRun run = CommandRun.of("train", partiallyLabelled().toString(), "--target", "species", "--model",
                "gaussian_nb");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ").contains("missing label");
    }
}
