package dev.lathe.model.linear;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.model.linear.PolynomialRegression.DegreeSelection;
import dev.lathe.model.linear.PolynomialRegression.Terms;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.scale.StandardScaler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The linear models inside a pipeline, behind a scaler, through a model file and back (the guide's example). */
class LinearPipelineTest {

    private final Frame diabetes = Datasets.diabetes();

    @Test
    void scaledLassoCvSavesLoadsAndPredictsTheSame(@TempDir Path dir) throws IOException {
        FittedPipeline fitted = Pipeline.of(new LassoCV(), new StandardScaler()).fit(diabetes, "progression");
        ElasticNetCVModel model = (ElasticNetCVModel) fitted.model();
        assertThat(model.coefficients().keySet()).containsExactlyElementsOf(diabetes.drop("progression").names());
        Path file = dir.resolve("lasso.lathe");
        fitted.save(file);
        FittedPipeline back = FittedPipeline.load(file);
        assertThat(back.predict(diabetes).numeric("prediction").toArray())
                .containsExactly(fitted.predict(diabetes).numeric("prediction").toArray());
        assertThat(((ElasticNetCVModel) back.model()).alpha()).isEqualTo(model.alpha());
    }

    @Test
    @SuppressWarnings("unchecked")
    void hyperparametersAreRecordedByName() {
        PolynomialRegression poly = new PolynomialRegression(2, Terms.FULL, true, DegreeSelection.BIC, 3, 5, true, 0);
        FittedPipeline fitted = Pipeline.of(poly).fit(diabetes.select("bmi", "bp", "progression"), "progression");
        Map<String, Object> estimator = (Map<String, Object>) fitted.provenance().spec().get("estimator");
        assertThat(estimator).containsEntry("name", "polynomial_regression");
        assertThat((Map<String, Object>) estimator.get("params")).containsEntry("terms", "full")
                .containsEntry("degree_selection", "bic").containsEntry("max_degree", 3)
                .containsEntry("orthogonal", true);
    }
}
