package dev.lathe.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.data.Synthetic;
import dev.lathe.frame.Frame;
import dev.lathe.model.linear.Ridge;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.scale.StandardScaler;
import dev.lathe.prep.split.KFold;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurvesTest {

    // 20 features, 200 rows, noise: few rows overfit, many rows learn the coefficients
    private final Frame data = Synthetic.regression(200, 20, 20, 20.0, 5);
    private final Pipeline ridge = Pipeline.of(new Ridge(0.01, true), new StandardScaler());

    @Test
    void learningCurveValidationScoreImprovesWithSizeAndTheTrainScoreFallsTowardsIt() {
        Curve curve = new LearningCurve(new KFold(5, true, 1), Scorers.named("r2"), List.of(0.15, 0.4, 1.0), 3)
                .run(ridge, data, "y");
        assertThat(curve.points()).extracting(Curve.Point::value).containsExactly(24, 64, 160);
        double small = curve.points().get(0).validationSpread().mean();
        double middle = curve.points().get(1).validationSpread().mean();
        double large = curve.points().get(2).validationSpread().mean();
        assertThat(small).isLessThan(middle);
        assertThat(middle).isLessThan(large);
        assertThat(large).isGreaterThan(0.9);
        assertThat(curve.points().get(0).trainSpread().mean()).isGreaterThan(curve.points().get(2).trainSpread().mean());
        assertThat(curve.points().get(0).validation()).hasSize(5);
        Frame table = curve.toFrame();
        assertThat(table.names()).containsExactly("train_rows", "mean_train", "std_train", "mean_validation",
                "std_validation");
        assertThat(table.numeric("mean_validation").get(2)).isEqualTo(large);
    }

    @Test
    void learningCurveAtFullSizeIsPlainCrossValidation() {
        KFold folds = new KFold(4, true, 8);
        Curve curve = new LearningCurve(folds, Scorers.named("rmse"), List.of(1.0), 0).run(ridge, data, "y");
        assertThat(curve.points().get(0).validation())
                .containsExactly(CrossValidation.crossValidate(ridge, data, "y", folds, Scorers.named("rmse")).scores("rmse"));
    }

    @Test
    void validationCurveScoresEachValueOfOneHyperparameter() {
        Curve curve = new ValidationCurve("alpha", List.of(0.01, 1000.0), new KFold(), Scorers.named("r2"))
                .run(ridge, data, "y");
        assertThat(curve.x()).isEqualTo("alpha");
        assertThat(curve.points()).extracting(Curve.Point::value).containsExactly(0.01, 1000.0);
        // a huge penalty underfits: both scores drop
        assertThat(curve.points().get(1).validationSpread().mean()).isLessThan(curve.points().get(0).validationSpread().mean());
        assertThat(curve.points().get(1).trainSpread().mean()).isLessThan(curve.points().get(0).trainSpread().mean());
        Pipeline byHand = Pipeline.of(new Ridge(1000.0, true), new StandardScaler());
        assertThat(curve.points().get(1).validation())
                .containsExactly(CrossValidation.crossValidate(byHand, data, "y", new KFold(), Scorers.named("r2")).scores("r2"));
    }

    @Test
    void badCurveInputsAreClearErrors() {
        assertThatThrownBy(() -> new LearningCurve(new KFold(), Scorers.named("r2"), List.of(0.5, 1.5), 0))
                .hasMessage("training sizes are shares of the training rows in (0, 1], got 1.5");
        assertThatThrownBy(() -> new LearningCurve(new KFold(), Scorers.named("r2"), List.of(), 0))
                .hasMessage("a learning curve needs at least one training size");
        assertThatThrownBy(() -> new LearningCurve(new KFold(), Scorers.named("r2"), List.of(0.001), 0)
                .run(ridge, data, "y"))
                .hasMessage("training size 0.001 of the smallest fold's 160 training rows is no row at all");
        assertThatThrownBy(() -> new ValidationCurve("alpha", List.of(), new KFold(), Scorers.named("r2")))
                .hasMessage("search space parameter 'alpha': the list of choices is empty");
        assertThatThrownBy(() -> new ValidationCurve("alpah", List.of(1.0), new KFold(), Scorers.named("r2"))
                .run(ridge, data, "y"))
                .hasMessage("search space parameter 'alpah' is not a hyperparameter of Ridge; did you mean 'alpha'? known: alpha, fit_intercept");
        assertThatThrownBy(() -> new ValidationCurve("alpha", List.of(1.0), new KFold(), null))
                .hasMessage("a metric is null");
    }
}
