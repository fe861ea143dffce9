package dev.lathe.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import dev.lathe.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/** Regression metrics against scikit-learn 1.2.1 and numpy (fixtures/eval/metric_families.json, key "regression"). */
class RegressionMetricsTest {

    private static final JsonNode R = Fixture.ROOT.get("regression");
    private static final double[] Y = JsonFixtures.doubles(R.get("y"));
    private static final double[] P = JsonFixtures.doubles(R.get("pred"));

    @ParameterizedTest
    @ValueSource(strings = {"", "_w"})
    void agreeWithScikitLearnWithAndWithoutWeights(String tag) {
        double[] w = tag.isEmpty() ? null : JsonFixtures.doubles(R.get("w"));
        int features = R.get("n_features").asInt();
        check(RegressionMetrics.mae(Y, P, w), "mae" + tag);
        check(RegressionMetrics.mse(Y, P, w), "mse" + tag);
        check(RegressionMetrics.rmse(Y, P, w), "rmse" + tag);
        check(RegressionMetrics.mape(Y, P, w), "mape" + tag);
        check(RegressionMetrics.smape(Y, P, w), "smape" + tag);
        check(RegressionMetrics.medianAbsoluteError(Y, P, w), "median_absolute_error" + tag);
        check(RegressionMetrics.r2(Y, P, w), "r2" + tag);
        check(RegressionMetrics.adjustedR2(Y, P, features, w), "adjusted_r2" + tag);
        check(RegressionMetrics.explainedVariance(Y, P, w), "explained_variance" + tag);
        check(RegressionMetrics.meanPinballLoss(Y, P, 0.5, w), "pinball_0.5" + tag);
        check(RegressionMetrics.meanPinballLoss(Y, P, 0.9, w), "pinball_0.9" + tag);
        check(RegressionMetrics.meanPoissonDeviance(Y, P, w), "poisson_deviance" + tag);
        check(RegressionMetrics.meanGammaDeviance(Y, P, w), "gamma_deviance" + tag);
    }

    @Test
    void maxErrorAndUnweightedOverloadsAgree() {
        check(RegressionMetrics.maxError(Y, P), "max_error");
        check(RegressionMetrics.mae(Y, P), "mae");
        check(RegressionMetrics.r2(Y, P), "r2");
    }

    @Test
    void constantTargetsFollowScikitLearnsFiniteValues() {
        double[] y = {2, 2, 2};
        assertThat(RegressionMetrics.r2(y, y, null)).isEqualTo(1);
        assertThat(RegressionMetrics.r2(y, new double[] {1, 2, 3}, null)).isEqualTo(0);
        assertThat(RegressionMetrics.explainedVariance(y, new double[] {1, 2, 3}, null)).isEqualTo(0);
        assertThat(RegressionMetrics.smape(new double[] {0, 1}, new double[] {0, 3}, null)).isEqualTo(0.5);
    }

    @Test
    void badInputsAreClearErrors() {
        double[] y = {1, 2};
        assertThatThrownBy(() -> RegressionMetrics.mape(y, new double[] {1}, null))
                .hasMessage("targets and predictions differ in length: 2 and 1");
        assertThatThrownBy(() -> RegressionMetrics.mse(y, new double[] {1, Double.NaN}, null))
                .hasMessage("row 2 has a prediction that is missing or infinite");
        assertThatThrownBy(() -> RegressionMetrics.mae(y, y, new double[] {1}))
                .hasMessage("sample weights differ in length from the targets: 1 and 2");
        assertThatThrownBy(() -> RegressionMetrics.mae(y, y, new double[] {1, -1}))
                .hasMessage("row 2 has sample weight -1.0; weights must be finite and 0 or more");
        assertThatThrownBy(() -> RegressionMetrics.mae(y, y, new double[] {0, 0})).hasMessage("sample weights sum to zero");
        assertThatThrownBy(() -> RegressionMetrics.meanGammaDeviance(new double[] {0}, new double[] {1}, null))
                .hasMessage("mean gamma deviance needs targets > 0 and predictions > 0; row 1 has target 0.0 and prediction 1.0");
        assertThatThrownBy(() -> RegressionMetrics.meanPoissonDeviance(new double[] {1}, new double[] {0}, null))
                .hasMessageStartingWith("mean Poisson deviance needs targets >= 0 and predictions > 0; row 1");
        assertThatThrownBy(() -> RegressionMetrics.adjustedR2(y, y, 1, null))
                .hasMessage("adjusted R^2 needs more rows than features plus one: 2 rows, 1 features");
        assertThatThrownBy(() -> RegressionMetrics.meanPinballLoss(y, y, 1.5, null))
                .hasMessage("pinball loss needs a quantile alpha in [0, 1], got 1.5");
    }

    private static void check(double actual, String key) {
        assertThat(actual).as(key).isCloseTo(R.get(key).asDouble(), within(1e-12));
    }
}
