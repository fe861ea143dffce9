package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.frame.csv.CsvWriter;
import dev.lathe.pipeline.FittedPipeline;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictCommandTest {

    @TempDir
    static Path dir;
    static Path iris;
    static Path irisWithId;
    static Path model;

    @BeforeAll
    static void trainAModel() throws IOException {
        iris = dir.resolve("iris.csv");
        CsvWriter.write(Datasets.iris(), iris);
        irisWithId = dir.resolve("iris-id.csv");
        CsvWriter.write(Datasets.iris().withColumn(NumericColumn.wrap("id",
                java.util.stream.IntStream.range(0, 150).asDoubleStream().toArray())), irisWithId);
        model = dir.resolve("iris.lathe");
        CommandRun run = CommandRun.of("train", iris.toString(), "--target", "species", "--model",
                "logistic_regression", "-o", model.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void writesNamedPredictionsThatMatchTheLibrary() throws IOException {
        Path out = dir.resolve("predictions.csv");
        CommandRun run = CommandRun.of("predict", model.toString(), irisWithId.toString(), "--keep", "id", "-o",
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Frame written = CsvReader.read(out);
        assertThat(written.names()).containsExactly("id", "prediction", "p_setosa", "p_versicolor", "p_virginica");
        Frame expected = FittedPipeline.load(model).predict(CsvReader.read(iris));
        for (int i = 0; i < 150; i++) {
            assertThat(written.column("prediction").format(i)).isEqualTo(expected.column("prediction").format(i));
            assertThat(written.numeric("p_virginica").get(i)).isEqualTo(expected.numeric("p_virginica").get(i));
        }
        assertThat(written.numeric("id").get(149)).isEqualTo(149);
    }

    @Test
    void aSmallFileReadsItsColumnsAsTheModelExpects() throws IOException {
        Path two = dir.resolve("two.csv");
        CsvWriter.write(Datasets.iris().head(2).drop("species"), two);
        CommandRun run = CommandRun.of("predict", model.toString(), two.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().count()).isEqualTo(3);
    }

    @Test
    void missingColumnsAndBadModelsAreOneLineErrors() throws IOException {
        Path lacking = dir.resolve("lacking.csv");
        CsvWriter.write(Datasets.iris().drop("petal_width"), lacking);
        CommandRun run = CommandRun.of("predict", model.toString(), lacking.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().trim()).isEqualTo("error: " + lacking + " lacks column 'petal_width' that the model was "
                + "trained on");
        CommandRun notAModel = CommandRun.of("predict", iris.toString(), iris.toString());
        assertThat(notAModel.exitCode()).isEqualTo(2);
        assertThat(notAModel.err()).startsWith("error: " + iris + ": not a readable model file");
    }
}
