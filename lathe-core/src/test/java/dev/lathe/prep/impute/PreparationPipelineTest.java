package dev.lathe.prep.impute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.baseline.BaselineRegressor;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.prep.outlier.IqrFilter;
import dev.lathe.prep.outlier.Winsorizer;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of docs/missing-values-and-outliers.md, on the diabetes data with holes punched in it. */
class PreparationPipelineTest {

    @Test
    void theGuidesPipelineFitsSavesAndPredictsEveryRow(@TempDir Path dir) throws IOException {
        Frame diabetes = Datasets.diabetes();
        double[] bmi = diabetes.numeric("bmi").toArray();
        double[] sparse = new double[bmi.length];
        for (int i = 0; i < bmi.length; i++) {
            sparse[i] = i % 3 == 0 ? i : Double.NaN;
            bmi[i] = i % 10 == 0 ? Double.NaN : bmi[i];
        }
        Frame data = diabetes.withColumn(NumericColumn.wrap("bmi", bmi)).withColumn(NumericColumn.wrap("sparse", sparse));
        Pipeline pipeline = Pipeline.of(new BaselineRegressor(), new MissingColumnDropper(0.5), new IqrFilter(),
                new NumericImputer(NumericImputer.Strategy.MEDIAN), new Winsorizer(0.01, 0.99));
        FittedPipeline fitted = pipeline.fit(data, "progression");

        assertThat(((MissingColumnDropper.Fitted) fitted.transformers().get(0)).dropped()).containsExactly("sparse");
        Frame transformed = fitted.transform(data);
        assertThat(transformed.rowCount()).isEqualTo(data.rowCount());
        assertThat(transformed.has("sparse")).isFalse();
        assertThat(transformed.numeric("bmi").missingCount()).isZero();
        assertThat(fitted.predict(data).rowCount()).isEqualTo(data.rowCount());

        Path file = dir.resolve("diabetes.lathe");
        fitted.save(file);
        FittedPipeline back = FittedPipeline.load(file);
        RoundTrip.assertBitIdentical(back.transform(data), transformed);
        RoundTrip.assertBitIdentical(back.predict(data), fitted.predict(data));
    }
}
