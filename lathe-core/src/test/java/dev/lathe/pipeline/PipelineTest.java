package dev.lathe.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.data.Datasets;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.math.Moments;
import dev.lathe.model.baseline.BaselineClassifier;
import dev.lathe.model.baseline.BaselineRegressor;
import dev.lathe.prep.Resampler;
import dev.lathe.prep.scale.StandardScaler;
import dev.lathe.prep.split.KFold;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {

    private final Frame iris = Datasets.iris();

    @Test
    void stepsLearnFromTrainingRowsOnly() {
        int[] train = java.util.stream.IntStream.range(0, 100).toArray();
        FittedPipeline p = Pipeline.of(new BaselineClassifier(), new StandardScaler()).fit(iris.take(train), "species");
        StandardScaler.Fitted scaler = (StandardScaler.Fitted) p.transformers().get(0);
        double trainMean = Moments.of(iris.take(train).numeric("sepal_length").toArray()).mean();
        double allMean = Moments.of(iris.numeric("sepal_length").toArray()).mean();
        assertThat(scaler.means()[0]).isEqualTo(trainMean).isNotEqualTo(allMean);
    }

    @Test
    void everyCrossValidationFoldRefitsEveryStep() {
        Pipeline pipeline = Pipeline.of(new BaselineClassifier(), new StandardScaler());
        List<Pipeline.FoldFit> folds = pipeline.crossFit(iris, "species", new KFold(5, true, 42));
        assertThat(folds).hasSize(5);
        for (Pipeline.FoldFit f : folds) {
            StandardScaler.Fitted scaler = (StandardScaler.Fitted) f.fitted().transformers().get(0);
            double foldMean = Moments.of(iris.take(f.fold().train()).numeric("petal_width").toArray()).mean();
            assertThat(scaler.means()[3]).isEqualTo(foldMean);
        }
        assertThat(folds.stream().map(f -> ((StandardScaler.Fitted) f.fitted().transformers().get(0)).means()[3])
                .distinct().count()).isEqualTo(5);
    }

    /** A resampler that records which rows it saw, to show it acts on training rows only. */
    private record Recorder(List<Integer> seen) implements Resampler {
        @Override
        public Resampled resample(Frame data, dev.lathe.frame.Column target) {
            seen.add(data.rowCount());
            return new Resampled(data.head(data.rowCount() - 1), target.take(
                    java.util.stream.IntStream.range(0, data.rowCount() - 1).toArray()));
        }
    }

    @Test
    void resamplersActWhileFittingOnlyNeverAtPrediction() {
        Recorder recorder = new Recorder(new java.util.ArrayList<>());
        FittedPipeline p = Pipeline.of(new BaselineRegressor(), recorder).fit(Datasets.diabetes(), "progression");
        assertThat(recorder.seen()).containsExactly(442);
        assertThat(p.predict(Datasets.diabetes()).rowCount()).isEqualTo(442);
        assertThat(recorder.seen()).containsExactly(442);
    }

    @Test
    void predictionsAreNamed() {
        FittedPipeline p = Pipeline.of(new BaselineClassifier()).fit(iris, "species");
        Frame out = p.predict(iris.head(3));
        assertThat(out.names()).containsExactly("prediction", "p_setosa", "p_versicolor", "p_virginica");
        assertThat(out.numeric("p_setosa").get(0)).isEqualTo(1.0 / 3);
        Frame reg = Pipeline.of(new BaselineRegressor()).fit(Datasets.diabetes(), "progression")
                .predict(Datasets.diabetes().head(2));
        assertThat(reg.names()).containsExactly("prediction");
    }

    @Test
    void newDataIsCheckedAgainstTheTrainingSchema() {
        FittedPipeline p = Pipeline.of(new BaselineClassifier(), new StandardScaler()).fit(iris, "species");
        assertThatThrownBy(() -> p.predict(iris.drop("sepal_width", "petal_width")))
                .hasMessage("the data lacks columns [sepal_width, petal_width] that the model was trained on");
        Frame wrongType = iris.withColumn(TextColumn.of("sepal_length", new String[150]))
                .withColumn(CategoricalColumn.of("petal_length", repeat("x", 150)));
        assertThatThrownBy(() -> p.predict(wrongType))
                .hasMessage("column 'petal_length' is categorical, the model was trained on numeric");
        Frame extra = iris.withColumn(NumericColumn.of("noise", new double[150])).drop("species");
        assertThat(p.predict(extra).rowCount()).isEqualTo(150);
    }

    @Test
    void aFittedPipelineSavesAndLoadsWithIdenticalPredictions(@TempDir Path dir) throws IOException {
        FittedPipeline p = Pipeline.of(new BaselineClassifier(), new StandardScaler()).fit(iris, "species");
        Path file = dir.resolve("iris.lathe");
        p.save(file);
        FittedPipeline back = FittedPipeline.load(file);
        assertThat(back.inputSchema()).isEqualTo(p.inputSchema());
        RoundTrip.assertBitIdentical(back.predict(iris), p.predict(iris));
        RoundTrip.assertBitIdentical(back.transform(iris), p.transform(iris));
        assertThat(back.provenance()).isEqualTo(p.provenance());
    }

    @Test
    void provenanceRecordsSpecFingerprintAndReferenceStatistics(@TempDir Path dir) throws IOException {
        FittedPipeline p = Pipeline.of(new BaselineClassifier(), new StandardScaler()).fit(iris, "species")
                .withMetrics(java.util.Map.of("accuracy", 0.33));
        Provenance prov = p.provenance();
        assertThat(prov.dataFingerprint()).isEqualTo(dev.lathe.frame.Fingerprint.of(iris)).hasSize(64);
        assertThat(prov.dataFingerprint()).isNotEqualTo(dev.lathe.frame.Fingerprint.of(iris.head(149)));
        assertThat(prov.trainingRows()).isEqualTo(150);
        assertThat(prov.spec().toString()).contains("standard_scaler", "with_mean=true", "baseline_classifier");
        assertThat(prov.referenceStatistics()).hasSize(5);
        assertThat(prov.referenceStatistics().get(0)).containsEntry("name", "sepal_length")
                .containsEntry("mean", Moments.of(iris.numeric("sepal_length").toArray()).mean());
        Path file = dir.resolve("m.lathe");
        p.save(file);
        var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                new java.util.zip.ZipFile(file.toFile()).getInputStream(
                        new java.util.zip.ZipEntry("manifest.json")).readAllBytes());
        assertThat(manifest.get("data_fingerprint").asText()).isEqualTo(prov.dataFingerprint());
        assertThat(manifest.get("metrics").get("accuracy").asDouble()).isEqualTo(0.33);
        assertThat(manifest.get("input_schema").size()).isEqualTo(4);
        assertThat(manifest.get("format_version").asInt()).isEqualTo(1);
        assertThat(FittedPipeline.load(file).provenance().metrics()).containsEntry("accuracy", 0.33);
    }

    @Test
    void aPipelineNeedsAnEstimatorAndATargetThatExists() {
        assertThatThrownBy(() -> Pipeline.of(null)).hasMessage("a pipeline needs an estimator");
        assertThatThrownBy(() -> Pipeline.of(new BaselineClassifier()).fit(iris, "specie"))
                .hasMessageContaining("no column 'specie'; closest: 'species'");
        assertThatThrownBy(() -> Pipeline.of(new BaselineClassifier()).fit(iris.head(50), "species"))
                .hasMessage("target 'species' has a single class [setosa]; a classifier needs at least two");
    }

    private static String[] repeat(String s, int n) {
        String[] out = new String[n];
        Arrays.fill(out, s);
        return out;
    }
}
