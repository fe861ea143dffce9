package dev.lathe.prep.outlier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.frame.Frame;
import dev.lathe.math.Moments;
import dev.lathe.model.baseline.BaselineRegressor;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.prep.impute.NumericImputer;
import dev.lathe.prep.impute.NumericImputer.Strategy;
import dev.lathe.testing.JsonFixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutliersInPipelineTest {

    /**
     * The outlier data with the target y = row number; the model predicts the mean of the training targets and
     * needs no missing feature, so a median imputer follows the filter.
     */
    private final Frame data = OutlierData.frame().drop("note").withColumn(OutlierData.rowNumbers());

    @Test
    void theFilterDropsTrainingRowsWithTheirTargetsButNeverPredictionRows() {
        FittedPipeline p = Pipeline.of(new BaselineRegressor(), new IqrFilter(), new NumericImputer(Strategy.MEDIAN))
                .fit(data, "y");
        // the model saw only the rows pandas keeps, with their own targets
        int[] kept = JsonFixtures.ints(OutlierData.REF.get("iqr_kept_pq"));
        double keptMean = Arrays.stream(kept).average().orElseThrow();
        Frame predictions = p.predict(data);
        assertThat(predictions.rowCount()).isEqualTo(data.rowCount());
        assertThat(predictions.numeric("prediction").get(0)).isEqualTo(keptMean)
                .isNotEqualTo(Moments.of(data.numeric("y").toArray()).mean());
        // the outlying rows 6, 10 and 16 come through prediction untouched
        Frame transformed = p.transform(data.drop("y"));
        assertThat(transformed.rowCount()).isEqualTo(20);
        assertThat(transformed.numeric("p").get(6)).isEqualTo(30);
        assertThat(p.transformers()).hasSize(1);
    }

    @Test
    void aWinsorizerAfterTheFilterClipsPredictionRowsAtTrainingBoundsAndSurvivesSaving(@TempDir Path dir)
            throws IOException {
        FittedPipeline p = Pipeline.of(new BaselineRegressor(), new ZScoreFilter(), new NumericImputer(),
                        new Winsorizer(0.05, 0.95))
                .fit(data, "y");
        Winsorizer.Fitted w = (Winsorizer.Fitted) p.transformers().get(1);
        Frame transformed = p.transform(data.drop("y"));
        assertThat(transformed.rowCount()).isEqualTo(20);
        // bounds learned on the 18 rows the z-score filter kept; row 6 (p = 30) is clipped to the upper one
        assertThat(w.upper()[0]).isLessThan(30);
        assertThat(transformed.numeric("p").get(6)).isEqualTo(w.upper()[0]);
        Path file = dir.resolve("model.lathe");
        p.save(file);
        FittedPipeline back = FittedPipeline.load(file);
        RoundTrip.assertBitIdentical(back.transform(data.drop("y")), transformed);
        RoundTrip.assertBitIdentical(back.predict(data), p.predict(data));
    }
}
