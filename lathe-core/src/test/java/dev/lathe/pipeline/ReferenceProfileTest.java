package dev.lathe.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.linear.LinearRegression;
import dev.lathe.model.linear.LogisticRegression;
import dev.lathe.monitor.DatasetDrift;
import dev.lathe.monitor.DriftDetector;
import dev.lathe.monitor.DriftOptions;
import dev.lathe.monitor.ProfileDrift;
import dev.lathe.monitor.profile.CategoryProfile;
import dev.lathe.monitor.profile.NumericProfile;
import dev.lathe.monitor.profile.ReferenceProfile;
import dev.lathe.persist.ModelFileException;
import dev.lathe.persist.ZipEdit;
import dev.lathe.prep.scale.StandardScaler;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference profile is made at fit time, kept in the model file, and measures prediction drift. */
class ReferenceProfileTest {

    @TempDir
    Path dir;

    @Test
    void aSavedPipelineKeepsTheProfileOfItsFeaturesAndPredictions() throws IOException {
        Frame iris = Datasets.iris();
        FittedPipeline fitted = Pipeline.of(new LogisticRegression(), new StandardScaler()).fit(iris, "species");
        Path file = dir.resolve("iris.lathe");
        fitted.save(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.getEntry("pipeline/profile/features/step.json")).isNotNull();
            assertThat(zip.getEntry("pipeline/profile/features/c0_kll.bin")).isNotNull();
        }
        ReferenceProfile loaded = FittedPipeline.load(file).profile().orElseThrow();
        assertThat(loaded.features().columns().keySet())
                .containsExactly("sepal_length", "sepal_width", "petal_length", "petal_width");
        assertThat(loaded.features().rows()).isEqualTo(150);
        NumericProfile petal = (NumericProfile) loaded.features().column("petal_length");
        double[] values = iris.numeric("petal_length").toArray();
        assertThat(petal.present()).isEqualTo(150);
        assertThat(petal.mean()).isCloseTo(java.util.Arrays.stream(values).average().orElseThrow(), within(1e-12));
        assertThat(petal.exact()).isTrue();
        assertThat(petal.histogram()).isEqualTo(((NumericProfile) fitted.profile().orElseThrow().features()
                .column("petal_length")).histogram());
        assertThat(loaded.predictions().columns().keySet())
                .containsExactly("prediction", "p_setosa", "p_versicolor", "p_virginica");
        CategoryProfile predicted = (CategoryProfile) loaded.predictions().column("prediction");
        assertThat(predicted.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(150);
        // the saved profile gives the same verdicts as the raw training rows
        Frame current = iris.head(60).drop("species");
        DatasetDrift fromProfile = new ProfileDrift(DriftOptions.defaults()).detect(loaded.features(), current);
        DatasetDrift raw = new DriftDetector(DriftOptions.defaults()).detect(iris.drop("species"), current);
        for (int i = 0; i < 4; i++) {
            assertThat(fromProfile.columns().get(i).pValue()).isCloseTo(raw.columns().get(i).pValue(), within(1e-12));
        }
    }

    @Test
    void predictionDriftIsFoundWhenInputsMoveAndNotOnTrainingLikeRows() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        int n = 3000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextGaussian();
            y[i] = 2 * x[i] + 0.5 * rng.nextGaussian();
        }
        Frame train = Frame.of(NumericColumn.of("x", x), NumericColumn.of("y", y));
        FittedPipeline fitted = Pipeline.of(new LinearRegression()).fit(train, "y");
        ReferenceProfile profile = fitted.profile().orElseThrow();
        double[] same = new double[1000];
        double[] moved = new double[1000];
        for (int i = 0; i < same.length; i++) {
            same[i] = rng.nextGaussian();
            moved[i] = 0.5 + rng.nextGaussian();
        }
        ProfileDrift drift = new ProfileDrift(DriftOptions.defaults());
        Frame calm = fitted.predict(Frame.of(NumericColumn.of("x", same)));
        Frame shifted = fitted.predict(Frame.of(NumericColumn.of("x", moved)));
        assertThat(drift.detect(profile.predictions(), calm).datasetDrift()).isFalse();
        DatasetDrift d = drift.detect(profile.predictions(), shifted);
        assertThat(d.datasetDrift()).isTrue();
        assertThat(d.columns().get(0).name()).isEqualTo("prediction");
        assertThat(d.columns().get(0).statistic()).isGreaterThan(0.2);
    }

    @Test
    void filesWrittenBeforeProfilesLoadWithoutOne() throws IOException, URISyntaxException {
        Path compat = Path.of(getClass().getResource("/compat").toURI());
        try (var files = Files.list(compat)) {
            for (Path model : files.filter(f -> f.toString().endsWith(".lathe")).toList()) {
                assertThat(FittedPipeline.load(model).profile()).as(model.getFileName().toString()).isEmpty();
            }
        }
    }

    @Test
    void aDamagedProfileEntryIsRefused() throws IOException {
        FittedPipeline fitted = Pipeline.of(new LogisticRegression()).fit(Datasets.iris(), "species");
        Path file = dir.resolve("iris.lathe");
        fitted.save(file);
        Path damaged = dir.resolve("damaged.lathe");
        ZipEdit.copy(file, damaged, "pipeline/profile/features/c0_kll.bin", ZipEdit::flipLastByte);
        assertThatThrownBy(() -> FittedPipeline.load(damaged)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("pipeline/profile/features/c0_kll.bin").hasMessageContaining("SHA-256");
    }
}
