package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.data.Datasets;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.csv.CsvReader;
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

    /**
     * Iris with its petal length as a string band (short, medium, long) and gaps in three columns: KNN with the
     * Gower metric reads the bands as categories and keeps the gaps, with no encoding or scaling step.
     */
    private static Frame mixedIris() {
        Frame iris = Datasets.iris();
        double[] petal = iris.numeric("petal_length").toArray();
        double[] sepal = iris.numeric("sepal_width").toArray();
        String[] band = new String[petal.length];
        for (int i = 0; i < band.length; i++) {
            band[i] = i % 11 == 3 ? null : petal[i] < 2.5 ? "short" : petal[i] < 5 ? "medium" : "long";
            if (i % 7 == 2) {
                sepal[i] = Double.NaN;
            }
        }
        return iris.drop("petal_length").withColumn(CategoricalColumn.of("petal_band", band))
                .withColumn(NumericColumn.wrap("sepal_width", sepal));
    }

    @Test
    void knnWithTheGowerMetricTakesStringsAndGapsAsTheyAreAndPredictsFromTheSavedModel() throws IOException {
        Path model = dir.resolve("gower.lathe");
        Frame data = mixedIris();
        JsonNode doc = train(data, "species", model.toString(), "--model", "knn", "--set", "metric=gower");
        assertThat(doc.get("params").get("metric").asText()).isEqualTo("gower");
        assertThat(doc.get("metrics").get("accuracy").asDouble()).isGreaterThan(0.85);
        FittedPipeline fitted = FittedPipeline.load(model);
        assertThat(fitted.transformers()).as("no encoding, imputation or scaling").isEmpty();
        Path csv = dir.resolve("data.csv");
        Path out = dir.resolve("predictions.csv");
        CommandRun run = CommandRun.of("predict", model.toString(), csv.toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Frame written = CsvReader.read(out);
        Frame expected = fitted.predict(CsvReader.read(csv));
        assertThat(written.rowCount()).isEqualTo(150);
        long right = 0;
        for (int i = 0; i < 150; i++) {
            assertThat(written.column("prediction").format(i)).isEqualTo(expected.column("prediction").format(i));
            right += written.column("prediction").format(i).equals(data.column("species").format(i)) ? 1 : 0;
        }
        assertThat(right).as("training rows predicted right").isGreaterThan(135);
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
