package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.csv.CsvWriter;
import dev.lathe.pipeline.FittedPipeline;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lathe train} with the neighbour, naive Bayes and kernel models, settings by name, saved and loaded. */
class ClassicalLearnersTrainTest {

    @TempDir
    Path dir;

    private JsonNode train(Frame data, String target, String... rest) throws IOException {
        Path csv = dir.resolve("data.csv");
        CsvWriter.write(data, csv);
        String[] args = new String[rest.length + 6];
        args[0] = "train";
        args[1] = csv.toString();
        args[2] = "--target";
        args[3] = target;
        args[4] = "--json";
        args[5] = "-o";
        System.arraycopy(rest, 0, args, 6, rest.length);
        CommandRun run = CommandRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void knnTrainsWithSettingsAndSavesAModelThatPredicts() throws IOException {
        Path model = dir.resolve("knn.lathe");
        JsonNode doc = train(Datasets.iris(), "species", model.toString(), "--model", "knn", "--set", "n_neighbors=7",
                "--set", "weights=distance");
        assertThat(doc.get("params").get("n_neighbors").asInt()).isEqualTo(7);
        assertThat(doc.get("params").get("weights").asText()).isEqualTo("distance");
        assertThat(doc.get("metrics").get("accuracy").asDouble()).isGreaterThan(0.85);
        assertThat(FittedPipeline.load(model).predict(Datasets.iris()).rowCount()).isEqualTo(150);
    }

    @Test
    void gaussianNaiveBayesTrainsOnIris() throws IOException {
        Path model = dir.resolve("gnb.lathe");
        JsonNode doc = train(Datasets.iris(), "species", model.toString(), "--model", "gaussian_nb");
        assertThat(doc.get("params").get("var_smoothing").asDouble()).isEqualTo(1e-9);
        assertThat(doc.get("metrics").get("accuracy").asDouble()).isGreaterThan(0.85);
        assertThat(FittedPipeline.load(model).predict(Datasets.iris()).names()).contains("p_setosa");
    }

    @Test
    void categoricalNaiveBayesTakesCategoryCodes() throws IOException {
        Frame iris = Datasets.iris();
        Frame coded = iris;
        for (String name : iris.names()) {
            if (iris.column(name) instanceof NumericColumn n) {
                double[] v = n.toArray();
                for (int i = 0; i < v.length; i++) {
                    v[i] = Math.floor(v[i]);
                }
                coded = coded.withColumn(NumericColumn.wrap(name, v));
            }
        }
        JsonNode doc = train(coded, "species", dir.resolve("cnb.lathe").toString(), "--model", "categorical_nb");
        assertThat(doc.get("metrics").get("accuracy").asDouble()).isGreaterThan(0.7);
    }

    @Test
    void loessSmoothsTheNamedFeature() throws IOException {
        JsonNode doc = train(Datasets.diabetes(), "progression", dir.resolve("loess.lathe").toString(), "--model",
                "loess", "--set", "feature=bmi");
        assertThat(doc.get("params").get("feature").asText()).isEqualTo("bmi");
        assertThat(doc.get("metrics").get("r2").asDouble()).isBetween(0.1, 0.6);
    }
}
