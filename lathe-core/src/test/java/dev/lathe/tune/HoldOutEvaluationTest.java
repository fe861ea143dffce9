package dev.lathe.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.data.Datasets;
import dev.lathe.eval.Bootstrap;
import dev.lathe.eval.ClassificationEvaluation;
import dev.lathe.eval.ClassificationMetrics;
import dev.lathe.eval.RegressionEvaluation;
import dev.lathe.eval.RegressionMetrics;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.linear.LinearRegression;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.pipeline.TestPredictions;
import dev.lathe.pipeline.Training;
import dev.lathe.pipeline.UnfittedPipeline;
import dev.lathe.prep.split.TrainTestSplit;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HoldOutEvaluationTest {

    private static final HoldOutEvaluation EVALUATE = new HoldOutEvaluation(new Bootstrap(200, 0.95, 1));

    private static TrainTestSplit.Parts split(Frame data, String target, boolean stratified) {
        TrainTestSplit s = stratified ? TrainTestSplit.stratified(0.3, 2)
                : new TrainTestSplit(0.3, TrainTestSplit.Mode.RANDOM, null, null, 0, 2);
        return s.frames(data, target);
    }

    @Test
    void aClassifierIsScoredOnHeldOutRowsAgainstTheTrainingFrequenciesWithALearningCurve() {
        TrainTestSplit.Parts parts = split(Datasets.iris(), "species", true);
        FittedPipeline fitted = new Training("logistic_regression", Map.of(), 0.2, 0)
                .run(parts.train(), parts.test(), "species").pipeline();
        HoldOutEvaluation.Result r = EVALUATE.run(fitted, parts.test(), parts.train());
        var p = (TestPredictions.Classification) TestPredictions.of(fitted, parts.test(), "species");
        ClassificationEvaluation e = (ClassificationEvaluation) r.evaluation();
        assertThat(e.metric("accuracy").value()).isEqualTo(ClassificationMetrics.accuracy(p.truth(), p.proba()));
        assertThat(e.metric("accuracy").baseline()).isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(0.01));
        assertThat(r.baselineSource()).isEqualTo(HoldOutEvaluation.BaselineSource.TRAINING_DATA);
        assertThat(r.learningCurve().points()).hasSize(5);
        assertThat(r.learningCurve().metric()).isEqualTo("accuracy");
        assertThat(r.learningCurve().points().get(4).validationSpread().mean()).isGreaterThan(0.8);
        Map<String, Double> bv = r.biasVariance().components();
        assertThat(r.biasVariance().loss()).isEqualTo("zero_one");
        assertThat(r.biasVariance().rounds()).isEqualTo(HoldOutEvaluation.DEFAULT_BIAS_VARIANCE_ROUNDS);
        assertThat(bv.get("expected_loss")).isCloseTo(bv.get("bias") + bv.get("net_variance"),
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(bv.get("expected_loss")).isBetween(0.0, 0.3);
    }

    @Test
    void aRegressionsTestErrorSplitsIntoMainLossAndVarianceOverBootstrapRefits() {
        String target = "progression";
        TrainTestSplit.Parts parts = split(Datasets.diabetes(), target, false);
        FittedPipeline fitted = new Training("ols", Map.of(), 0.2, 0).run(parts.train(), parts.test(), target)
                .pipeline();
        HoldOutEvaluation.Result r = new HoldOutEvaluation(new Bootstrap(50, 0.95, 1), 10)
                .run(fitted, parts.test(), parts.train());
        Map<String, Double> bv = r.biasVariance().components();
        assertThat(r.biasVariance().loss()).isEqualTo("squared");
        assertThat(r.biasVariance().rounds()).isEqualTo(10);
        assertThat(bv).containsOnlyKeys("expected_loss", "main_loss", "variance");
        assertThat(bv.get("expected_loss")).isCloseTo(bv.get("main_loss") + bv.get("variance"),
                org.assertj.core.api.Assertions.within(1e-9 * bv.get("expected_loss")));
        assertThat(bv.get("variance")).isPositive().isLessThan(bv.get("main_loss"));
        assertThat(new HoldOutEvaluation(new Bootstrap(50, 0.95, 1), 0).run(fitted, parts.test(), parts.train())
                .biasVariance()).isNull();
        assertThatThrownBy(() -> new HoldOutEvaluation(new Bootstrap(50, 0.95, 1), 1))
                .hasMessage("bias-variance rounds must be 0 (none) or at least 2, got 1");
    }

    @Test
    void withoutTrainingDataTheBaselineIsTheEvaluationTargetsMeanAndThereIsNoCurve() {
        String target = "progression";
        TrainTestSplit.Parts parts = split(Datasets.diabetes(), target, false);
        FittedPipeline fitted = Pipeline.of(new LinearRegression()).fit(parts.train(), target);
        HoldOutEvaluation.Result r = EVALUATE.run(fitted, parts.test(), null);
        double[] y = parts.test().numeric(target).toArray();
        double[] mean = new double[y.length];
        java.util.Arrays.fill(mean, java.util.Arrays.stream(y).average().orElseThrow());
        RegressionEvaluation e = (RegressionEvaluation) r.evaluation();
        assertThat(e.metric("r2").baseline()).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(e.metric("rmse").baseline()).isEqualTo(RegressionMetrics.rmse(y, mean));
        assertThat(r.baselineSource()).isEqualTo(HoldOutEvaluation.BaselineSource.EVALUATION_TARGET);
        assertThat(r.learningCurve()).isNull();
    }

    @Test
    void theUnfittedPipelineIsRebuiltFromTheSpecOfAPipelineLatheTrainBuilt() {
        Frame iris = Datasets.iris();
        FittedPipeline fitted = new Training("random_forest", Map.of("n_estimators", "7"), 0.2, 0)
                .run(iris, null, "species").pipeline();
        Pipeline rebuilt = UnfittedPipeline.of(fitted, iris.drop("species"));
        assertThat(rebuilt.estimator().params()).containsEntry("n_estimators", 7);
        assertThat(rebuilt.fit(iris, "species").provenance().spec()).isEqualTo(fitted.provenance().spec());

        FittedPipeline bare = Pipeline.of(new LinearRegression()).fit(Datasets.diabetes(), "progression");
        assertThatThrownBy(() -> UnfittedPipeline.of(bare, Datasets.diabetes().drop("progression")))
                .hasMessageStartingWith("cannot rebuild the model's unfitted pipeline (estimator 'linear_regression' "
                        + "with steps []): only pipelines lathe train builds");
    }

    @Test
    void aMissingTargetOrANonFinitePredictionIsAClearError() {
        TrainTestSplit.Parts parts = split(Datasets.iris(), "species", true);
        FittedPipeline fitted = new Training("logistic_regression", Map.of(), 0.2, 0)
                .run(parts.train(), parts.test(), "species").pipeline();
        assertThatThrownBy(() -> EVALUATE.run(fitted, parts.test().rename("species", "specie"), null))
                .hasMessage("the evaluation data lacks the target column 'species' the model was trained on; "
                        + "closest: 'specie'");

        Frame diabetes = Datasets.diabetes();
        FittedPipeline ols = Pipeline.of(new LinearRegression()).fit(diabetes, "progression");
        double[] huge = diabetes.numeric("bmi").toArray();
        huge[3] = Double.MAX_VALUE;
        Frame overflow = diabetes.withColumn(NumericColumn.wrap("bmi", huge));
        assertThatThrownBy(() -> EVALUATE.run(ols, overflow, null))
                .hasMessageStartingWith("the model predicted ")
                .hasMessageContaining("for row 4; a model whose predictions are not finite numbers cannot be evaluated");
    }
}
